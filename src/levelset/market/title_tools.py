"""The tools, languages and data stores a tech title names before its job word: their engineer
or developer does the job of the tool's role ("Databricks Engineer" is a data engineer, "Splunk
Engineer" a platform engineer, "C# Developer" a software engineer, "MongoDB Developer" a
database developer)."""

from __future__ import annotations

from levelset.patterns import compiled

# the tools of data engineering and of business intelligence, as clean_title writes them: a
# developer or engineer of one does that role's job ("Databricks Engineer", "Power BI Architect")
DATA_TOOLS = (
    "databricks", "spark", "pyspark", "snowflake", "hadoop", "kafka", "airflow", "dbt",
    "bigquery", "redshift", "etl", "informatica", "talend", "data pipeline", "data warehouse",
    "data lake", "lakehouse", "ssis", "pentaho", "mdm", "master data management",
    # streams of events: "Streaming Engineer", "Flink Developer"
    "streaming", "data streaming", "stream processing", "flink",
    # the operations of data pipelines, as DevOps is of software ("DataOps Engineer")
    "dataops",
    # moving data between systems, and its tools: "Data Integration Lead", "Ab Initio Developer"
    "data integration", "ab initio", "abinitio", "iics", "informatica iics",
    # big-data platforms and query engines: "Cloudera Engineer", "Trino Developer"
    "cloudera", "hortonworks", "presto", "trino", "azure synapse", "synapse", "teradata",
    "delta lake", "starburst", "denodo", "kinesis", "aws glue", "aws emr",
    # pipelines' and integration tools: "Fivetran Engineer", "DataStage Developer"
    "fivetran", "matillion", "airbyte", "dagster", "nifi", "apache nifi", "datastage",
    "ibm datastage", "odi", "oracle data integrator", "alteryx", "dataiku",
    # catalogues of data and its governance: "Collibra Engineer"
    "collibra", "alation", "purview", "microsoft purview",
)  # fmt: skip
# the data tools whose analyst builds pipelines with them ("Informatica Analyst", "ETL Analyst"):
# integration tools and warehouses, never a field ("data integration", "streaming") or master
# data management, whose analysts are business data stewards
INTEGRATION_TOOLS = (
    "etl", "informatica", "informatica iics", "iics", "talend", "ssis", "pentaho", "ab initio",
    "abinitio", "azure synapse", "synapse", "snowflake", "databricks", "teradata", "aws glue",
    "dbt", "denodo",
)  # fmt: skip
BI_TOOLS = (
    "power business intelligence", "tableau", "looker", "qlik", "qlikview", "microstrategy",
    "cognos", "business intelligence", "msbi", "ssrs", "qliksense", "qlik sense", "spotfire",
    "sisense", "ssas", "crystal reports", "business objects", "sap business objects", "obiee",
    "domo", "thoughtspot", "looker studio",
)  # fmt: skip
# an expert, specialist or architect of a data tool builds its pipelines too ("ETL Expert",
# "Snowflake Architect")
_DATA_ROLES = dict.fromkeys(
    ("engineer", "developer", "expert", "specialist", "architect"), "data_engineer"
)
# a BI tool's specialist builds its reports and dashboards ("Tableau Specialist")
_BI_ROLES = dict.fromkeys(
    ("engineer", "developer", "architect", "administrator", "consultant", "specialist"),
    "bi_engineer",
)
# programming languages and application frameworks as clean_title writes them: their developer
# or engineer writes software ("C# Developer", "React Native Engineer"); a data or ML field
# after the language is read first ("Python Data Engineer")
SOFTWARE_STACKS = (
    "c#", "c++", "c", "net", "asp net", "java", "javascript", "typescript", "golang", "rust",
    "kotlin", "swift", "ruby", "ruby on rails", "rails", "php", "laravel", "django", "flask",
    "react", "react native", "reactjs", "angular", "angularjs", "vue", "vuejs", "node", "nodejs",
    "node js", "flutter", "dart", "xamarin", "spring boot", "springboot", "objective c", "perl",
    "mern", "mern stack", "mean stack", "lamp stack", "api", "rest api", "fortran", "cobol",
    "haskell", "elixir", "erlang", "clojure", "ocaml", "graphql", "svelte", "next js", "nextjs",
    "nuxt", "solidity", "web3",
    # "Python Engineer" writes software; "Python Data Engineer" is read by its job (_LANGUAGES)
    "python", "scala",
    # SAS (the analytics language): "SAS Engineer", "SAS Developer"
    "sas",
    # NVIDIA's GPU programming platform: "CUDA Engineer" writes GPU software
    "cuda",
    # a way of programming, and programs that read the web: their engineer writes software
    "functional programming", "web scraping", "scraping", "web crawling",
    # the business platforms a company builds on: their engineer or developer writes for them
    # ("ServiceNow Engineer", "SharePoint Developer")
    "servicenow", "sharepoint", "workday", "dynamics 365", "microsoft dynamics", "salesforce",
    "sap", "sap abap", "abap", "pega", "appian", "mulesoft", "guidewire", "netsuite",
    "oracle ebs", "oracle e business suite", "oracle apex", "oracle fusion", "peoplesoft",
    "jd edwards", "siebel", "power apps", "powerapps", "power platform", "power automate",
    "veeva", "veeva crm", "adobe experience manager", "outsystems", "mendix", "odoo",
    # their product clouds: "Salesforce Marketing Cloud Developer" is no cloud platform engineer
    "marketing cloud", "commerce cloud", "service cloud", "sales cloud", "experience cloud",
    "salesforce marketing cloud", "salesforce commerce cloud", "salesforce service cloud",
    "salesforce sales cloud", "salesforce experience cloud", "sap commerce cloud",
    # the layers of an application: "Frontend Architect", "Backend Programmer"
    "frontend", "front end", "backend", "back end", "full stack", "fullstack",
    # game engines: "Unity Developer", "Unreal Engine Engineer"
    "unity", "unity3d", "unreal", "unreal engine", "godot",
)  # fmt: skip
_SOFTWARE_ROLES = dict.fromkeys(
    ("developer", "engineer", "programmer", "architect"), "software_engineer"
)
# operating systems and virtual machines: their engineer or architect runs them ("Linux
# Engineer", "VMware Architect"); their developer writes software for them ("Windows Developer")
OPERATING_SYSTEMS = ("linux", "unix", "windows", "windows server", "vmware", "citrix")
# the tools of infrastructure, deployment and observability: their engineer runs the platform
# ("Splunk Engineer", "Kubernetes Architect")
PLATFORM_TOOLS = (
    "kubernetes", "k8s", "openshift", "terraform", "ansible", "splunk", "datadog",
    "prometheus", "grafana", "jenkins", "docker", "elastic stack", "elk stack", "elk",
    # a cloud provider's engineer or architect runs its cloud ("Azure Engineer")
    "azure", "aws", "gcp", "google cloud", "google cloud platform",
    "hashicorp vault", "hashivault",
    # configuration, delivery, service meshes and queues: "Puppet Engineer", "GitLab Engineer"
    "puppet", "gitlab", "github actions", "argo", "argocd", "argo cd", "istio", "rabbitmq",
    # storage, hyperconverged and network vendors' gear: "NetApp Engineer", "Cisco Engineer"
    "nutanix", "netapp", "cisco",
    # a company's directory and desktops: "Active Directory Engineer", "Intune Engineer"
    "active directory", "intune", "office 365", "microsoft 365", "m365",
    # the operations practices of a platform: models that watch IT operations ("AIOps
    # Engineer": observability and incident automation, not the running of models), delivery
    # from git, the cost of a cloud
    "aiops", "gitops", "finops",
    # operating systems, virtual machines and storage networks an engineer runs
    *OPERATING_SYSTEMS,
)  # fmt: skip
_PLATFORM_ROLES = dict.fromkeys(("engineer", "architect", "consultant"), "platform_engineer")
# the running of models in production: any builder of it works in ML-Ops ("MLOps Platform
# Engineer", "LLMOps Developer"), as a platform's engineer of an ML field does
MLOPS_FIELDS = (
    "mlops", "ml ops", "machine learning operations", "llmops", "llm ops", "genaiops",
    # the tools that run models in production: "Kubeflow Engineer", "MLflow Developer"
    "kubeflow", "mlflow", "sagemaker",
)  # fmt: skip
MLOPS_ROLES = dict.fromkeys(
    (
        "engineer", "developer", "architect", "specialist", "platform engineer",
        "infrastructure engineer", "infra engineer", "devops engineer", "cloud engineer",
        "site reliability engineer", "sre", "software engineer", "data engineer",
    ),
    "mlops_engineer",
)  # fmt: skip
# a language named before a tool ("Scala Spark Developer") says how, not what
_LANGUAGES = ("scala", "python", "java", "sql")
# database and search engines: an administrator, developer or architect of one does that job
# for databases ("Elasticsearch Administrator", "MongoDB Developer")
DATA_STORES = (
    "elasticsearch", "opensearch", "solr", "mongodb", "postgresql", "postgres", "mysql",
    "oracle", "cassandra", "redis", "couchbase", "dynamodb", "sql server", "mariadb", "neo4j",
    # the language of databases and its dialects: "Senior SQL Developer", "PL/SQL Developer"
    "sql", "ms sql", "mssql", "t sql", "tsql", "pl sql", "plsql",
)  # fmt: skip
_STORE_ROLES = ("administrator", "developer", "architect", "engineer")


def as_database_job(core: str) -> list[str]:
    """ "database administrator" for "elasticsearch administrator": a data store's job, the
    first of two joined ("SQL Developer and Analyst"); a data or platform tool's administrator."""
    for store in DATA_STORES:
        rest = core.removeprefix(store + " ").split()
        if (
            rest != core.split()
            and rest[:1]
            and rest[0] in _STORE_ROLES
            and rest[1:2] in ([], ["and"])
        ):
            return [f"database {rest[0]}"]
    return _tool_administrator(core)


# an administrator of a data platform keeps its data ("Hadoop Administrator", "Kafka Admin"): a
# database administrator; of a platform tool or an operating system, its systems ("Kubernetes
# Administrator", "Linux Admin"): a systems administrator
_ADMINS = ("administrator", "admin")


def _tool_administrator(core: str) -> list[str]:
    words = core.split()
    if len(words) < 2 or words[-1] not in _ADMINS:
        return []
    tool = " ".join(words[:-1])
    if tool in DATA_TOOLS:
        return ["database administrator"]
    return ["systems administrator"] if tool in PLATFORM_TOOLS else []


def tool_named(words: str) -> bool:
    """Whether words (as written) name a language, framework, or data, BI or platform tool."""
    plain = " ".join(words.lower().replace(".", " ").split())
    return any(plain in tools for tools in (SOFTWARE_STACKS, DATA_TOOLS, BI_TOOLS, PLATFORM_TOOLS))


# the tool families and the roles their engineer or developer holds, for a list of tools
_TOOL_FAMILIES = (
    (DATA_TOOLS, _DATA_ROLES),
    (BI_TOOLS, _BI_ROLES),
    (SOFTWARE_STACKS, _SOFTWARE_ROLES),
    (PLATFORM_TOOLS, _PLATFORM_ROLES),
)


def listed_tools(core: str) -> tuple[str, str] | None:
    """(role key, first tool) for several tools listed before one role word ("Windows/Linux/SQL
    Engineer", "Python & Web Scraping Engineer"): read by the first tool's role, when every word
    before the role word belongs to a named tool (SQL among them); else None."""
    words = core.split()
    named: list[str] = []
    at = 0
    while at < len(words) - 1:
        if words[at] == "and" and named:
            at += 1
            continue
        tool = next((t for n in (3, 2, 1) if _is_tool(t := " ".join(words[at : at + n]))), None)
        if tool is None or at + len(tool.split()) > len(words) - 1:
            return None
        named.append(tool)
        at += len(tool.split())
    if len(named) < 2 or set(named) & set(_LAYERS):
        return None  # "ELK Full Stack Engineer" names a layer's engineer, read as such
    for fields, roles in _TOOL_FAMILIES:
        if named[0] in fields and words[-1] in roles:
            return roles[words[-1]], named[0]
    return None


def _is_tool(words: str) -> bool:
    return any(words in fields for fields, _ in _TOOL_FAMILIES) or words == "sql"


# the layers of an application its developers are named by ("Full Stack", "Backend")
_LAYERS = ("full stack", "front end", "frontend", "back end", "backend")


def software_layer(core: str) -> str | None:
    """The layer a title of a layer and tools alone names ("Fullstack Python/React", "Backend
    Java"): a developer of that layer, so a software engineer; None when any other word is in it."""
    for layer in _LAYERS:
        if core != layer and not core.startswith(layer + " "):
            continue
        words = core[len(layer) :].split()
        at = 0
        while at < len(words):
            tool = next((t for n in (3, 2, 1) if _is_tool(t := " ".join(words[at : at + n]))), None)
            if tool is None:
                return None
            at += len(tool.split())
        return layer
    return None


# generic jobs whose specialty after a separator names what they build: "Application Engineer,
# SAP/Java" (O*NET's application engineer designs machinery), "Product Development Engineer III
# (Machine Learning)" (O*NET's designs consumer goods), "Engineer - Java"
_GENERIC_BUILDERS = frozenset((
    "application engineer", "applications engineer", "application developer",
    "applications developer", "engineer", "developer", "programmer", "development engineer",
    "product development engineer", "product engineer", "design engineer",
))  # fmt: skip
# a job, then its specialty after a comma, a spaced dash or bar, a bracket or a colon
_JOB_THEN_SPECIALTY = compiled(r"^([^,(\[:|–—-]+?)\s*(?:,|\s[-–—|]\s|\(|\[|:)\s*(.+)$")


_TOOL_BREAK = compiled(r"\s*[/,&+()]\s*|\s+and\s+|\s[-–—|]\s")


def builder_head(text: str) -> str:
    """The generic builder a title opens with before its specialty, as clean_title writes it
    without level words ("engineer" for "Senior Engineer - Generative AI"), or ""."""
    from levelset.market.title_clean import clean_title

    split = _JOB_THEN_SPECIALTY.match(text.strip())
    return clean_title(split.group(1)).core if split is not None else ""


def builder_specialty(text: str) -> str | None:
    """The first field or tool of a generic builder's specialty, as clean_title writes it
    ("sap" for "Application Engineer II, SAP Business Intelligence", "machine learning" for
    "Development Engineer (Machine Learning)"), or None."""
    from levelset.market.title_clean import clean_title

    split = _JOB_THEN_SPECIALTY.match(text.strip())
    if split is None or clean_title(split.group(1)).core not in _GENERIC_BUILDERS:
        return None
    from levelset.market.title_words import JOB_NOUNS

    first = _TOOL_BREAK.split(split.group(2).strip(" )]"))[0]
    cleaned = clean_title(first)
    words = cleaned.full.split()
    if JOB_NOUNS & set(words) or len(words) > 3:
        return None  # "Engineer, Global Planning Industrial Engineer": a job follows, no field
    if not cleaned.core:
        return None  # "Staff Engineer (IC5)", "Engineer - Senior": a level, no field
    stack = next(
        (
            s
            for n in (3, 2, 1)
            if (s := " ".join(words[:n])) in SOFTWARE_STACKS
            and len(words) >= n
            and (len(s) > 1 or len(words) == 1)  # "C" alone, never "C Shift"
        ),
        None,
    )
    return stack or (" ".join(words) if words else None)
