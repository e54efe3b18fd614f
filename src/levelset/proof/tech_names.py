"""Names of technologies: what a capitalised name after "with" or "for" is when it is no party.

"Worked with Python and Kafka", "partnered with AWS", "a plugin for Figma" name tools, not
people or organisations the work reached. levelset.proof.org_reach reads a capitalised name
after a relation as an outside organisation; a name this list holds is a tool instead. The
list is the proof reader's own (the market's title tools are another layer's and another
purpose's): languages, frameworks and libraries, clouds and their services, data stores, data
and ML tools, and engineering tools, lower case, one or two words.
"""

from __future__ import annotations

_NAMES = """
python java javascript typescript kotlin swift scala golang go rust ruby php perl r matlab julia
c c++ c# .net dotnet asp.net vb.net objective-c dart elixir erlang haskell clojure lua bash
shell powershell sql nosql graphql html css sass vhdl verilog fortran cobol groovy solidity
react react.js reactjs angular angularjs vue vue.js next.js nextjs nuxt svelte jquery
node node.js nodejs express django flask fastapi spring rails laravel symfony
flutter electron redux rxjs tailwind bootstrap blazor unity qt gtk
pytorch tensorflow keras jax scikit-learn sklearn pandas numpy scipy xgboost lightgbm catboost
huggingface transformers langchain llamaindex openai opencv spacy nltk mlflow
kubeflow sagemaker vertex vllm onnx triton dask spark pyspark hadoop hive flink
airflow dagster prefect dbt kafka rabbitmq kinesis nifi superset grafana prometheus kibana
elasticsearch opensearch logstash splunk datadog tableau looker powerbi excel vba
snowflake databricks bigquery redshift postgres postgresql mysql mariadb sqlite mongodb
cassandra dynamodb redis neo4j couchdb firebase firestore supabase clickhouse duckdb
aws gcp azure heroku vercel netlify cloudflare lambda
ec2 s3 ecs eks gke aks cloudformation terraform ansible puppet pulumi packer vagrant
docker kubernetes k8s helm istio openshift nginx tomcat jenkins gitlab github bitbucket
git jira confluence circleci argocd sonarqube selenium cypress playwright jest
pytest junit mocha postman swagger openapi grpc rest soap websocket websockets webpack vite
babel npm yarn linux ubuntu unix windows macos ios android arduino ros fpga
figma photoshop illustrator wordpress shopify salesforce sap servicenow hubspot
netsuite quickbooks zendesk twilio stripe jupyter
matplotlib seaborn plotly d3 d3.js three.js webgl opengl vulkan cuda llama gpt chatgpt
bert yolo
"""
# names of two words whose first word alone is no technology ("Google" is a company too)
_PAIRS = """
spring boot, power bi, hugging face, google cloud, amazon web, microsoft azure,
raspberry pi, unreal engine, apache spark, apache kafka, apache airflow, apache beam,
microsoft excel, microsoft teams, google analytics, google sheets, ms excel, sql server,
visual studio, react native, ruby on, azure devops, github actions, gitlab ci
"""
_TECH = frozenset(_NAMES.split()) | frozenset(p.strip() for p in _PAIRS.split(",") if p.strip())
_EDGE = ",;:()[]{}\"'’“”!?/"


def is_tech(name: str) -> bool:
    """Whether a capitalised name ("Python", "Spring Boot", "AWS Lambda") names a technology:
    its first two words or its first word are in the list."""
    parts = [w.strip(_EDGE).rstrip(".").lower() for w in name.split()]
    parts = [p for p in parts if p]
    if not parts:
        return False
    return " ".join(parts[:2]) in _TECH or parts[0] in _TECH
