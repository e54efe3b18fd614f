-- A records store as the versions before clients (m0001-m0006) left it, a few rows each.
BEGIN TRANSACTION;
CREATE TABLE currency_rates (
	id INTEGER NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	usd_per_unit VARCHAR(40) NOT NULL, 
	as_of DATE NOT NULL, 
	source VARCHAR(300) NOT NULL, 
	recorded_at DATETIME NOT NULL, 
	CONSTRAINT pk_currency_rates PRIMARY KEY (id)
);
CREATE TABLE narrative_scores (
	id INTEGER NOT NULL, 
	scored_on DATE NOT NULL, 
	score INTEGER NOT NULL, 
	stage VARCHAR(20), 
	company VARCHAR(200), 
	label VARCHAR(400) NOT NULL, 
	components TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_narrative_scores PRIMARY KEY (id)
);
CREATE TABLE negotiation_drafts (
	id INTEGER NOT NULL, 
	negotiation_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	version INTEGER NOT NULL, 
	subject TEXT, 
	body TEXT NOT NULL, 
	origin VARCHAR(20) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_negotiation_drafts PRIMARY KEY (id), 
	CONSTRAINT uq_negotiation_drafts_version UNIQUE (negotiation_id, kind, version), 
	CONSTRAINT fk_negotiation_drafts_negotiation_id_negotiations FOREIGN KEY(negotiation_id) REFERENCES negotiations (id)
);
INSERT INTO "negotiation_drafts" VALUES(1,1,'ask',1,NULL,'hello','generated','2026-01-02 10:00:00.000000');
CREATE TABLE negotiation_events (
	id INTEGER NOT NULL, 
	negotiation_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	occurred_on DATE NOT NULL, 
	note TEXT, 
	offer_document TEXT, 
	verbal BOOLEAN NOT NULL, 
	step VARCHAR(20), 
	corrects INTEGER, 
	data TEXT, 
	recorded_at DATETIME NOT NULL, 
	CONSTRAINT pk_negotiation_events PRIMARY KEY (id), 
	CONSTRAINT uq_negotiation_events_seq UNIQUE (negotiation_id, seq), 
	CONSTRAINT fk_negotiation_events_negotiation_id_negotiations FOREIGN KEY(negotiation_id) REFERENCES negotiations (id)
);
INSERT INTO "negotiation_events" VALUES(1,1,1,'note','2026-01-02','called',NULL,0,NULL,NULL,NULL,'2026-01-02 10:00:00.000000');
CREATE TABLE negotiations (
	id INTEGER NOT NULL, 
	company VARCHAR(200) NOT NULL, 
	company_key VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_negotiations PRIMARY KEY (id), 
	CONSTRAINT uq_negotiations_company_key UNIQUE (company_key)
);
INSERT INTO "negotiations" VALUES(1,'Acme','acme','2026-01-02 10:00:00.000000');
CREATE TABLE offers (
	id INTEGER NOT NULL, 
	company VARCHAR(200) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	base VARCHAR(40) NOT NULL, 
	document TEXT NOT NULL, 
	source_file TEXT, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_offers PRIMARY KEY (id)
);
CREATE TABLE "plan" (
	id INTEGER NOT NULL, 
	start DATE NOT NULL, 
	focus VARCHAR(20) NOT NULL, 
	data TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_plan PRIMARY KEY (id)
);
CREATE TABLE plan_review (
	plan_id INTEGER NOT NULL, 
	week INTEGER NOT NULL, 
	changed TEXT NOT NULL, 
	next_test TEXT NOT NULL, 
	answered_at DATETIME NOT NULL, 
	CONSTRAINT pk_plan_review PRIMARY KEY (plan_id, week), 
	CONSTRAINT fk_plan_review_plan_id_plan FOREIGN KEY(plan_id) REFERENCES "plan" (id) ON DELETE CASCADE
);
CREATE TABLE plan_tick (
	plan_id INTEGER NOT NULL, 
	item_id VARCHAR(20) NOT NULL, 
	ticked_at DATETIME NOT NULL, 
	CONSTRAINT pk_plan_tick PRIMARY KEY (plan_id, item_id), 
	CONSTRAINT fk_plan_tick_plan_id_plan FOREIGN KEY(plan_id) REFERENCES "plan" (id) ON DELETE CASCADE
);
CREATE TABLE profile (
	id INTEGER NOT NULL, 
	name VARCHAR(200), 
	target_title VARCHAR(200), 
	target_band VARCHAR(40), 
	locations TEXT NOT NULL, 
	track VARCHAR(20) NOT NULL, 
	positioning TEXT, 
	current_base INTEGER, 
	currency VARCHAR(3) NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_profile PRIMARY KEY (id)
);
INSERT INTO "profile" VALUES(1,NULL,'ML Engineer','staff','[]','ic',NULL,NULL,'USD','2026-12-04 19:36:36.924545');
CREATE TABLE proof_items (
	id INTEGER NOT NULL, 
	source_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	ordinal INTEGER NOT NULL, 
	data TEXT NOT NULL, 
	CONSTRAINT pk_proof_items PRIMARY KEY (id), 
	CONSTRAINT fk_proof_items_source_id_proof_sources FOREIGN KEY(source_id) REFERENCES proof_sources (id) ON DELETE CASCADE
);
INSERT INTO "proof_items" VALUES(1,1,'bullet',0,'{}');
CREATE TABLE proof_sources (
	id INTEGER NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	channel VARCHAR(20) NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	document TEXT NOT NULL, 
	imported_at DATETIME NOT NULL, 
	CONSTRAINT pk_proof_sources PRIMARY KEY (id), 
	CONSTRAINT uq_proof_sources_name UNIQUE (name)
);
INSERT INTO "proof_sources" VALUES(1,'resume.md','resume','abc','{}','2026-01-02 10:00:00.000000');
CREATE TABLE schema_migrations (
	name VARCHAR(200) NOT NULL, 
	applied_at DATETIME NOT NULL, 
	PRIMARY KEY (name)
);
INSERT INTO "schema_migrations" VALUES('m0001_profile','2026-12-04 19:36:36.802639');
INSERT INTO "schema_migrations" VALUES('m0002_offers_negotiation','2026-12-04 19:36:36.831113');
INSERT INTO "schema_migrations" VALUES('m0003_proof','2026-12-04 19:36:36.852874');
INSERT INTO "schema_migrations" VALUES('m0004_tracking','2026-12-04 19:36:36.869556');
INSERT INTO "schema_migrations" VALUES('m0005_plan','2026-12-04 19:36:36.897336');
INSERT INTO "schema_migrations" VALUES('m0006_unique_attempts','2026-12-04 19:36:36.916530');
CREATE TABLE tracking_events (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	date DATE NOT NULL, 
	ref VARCHAR(400) NOT NULL, 
	company VARCHAR(200) NOT NULL, 
	role VARCHAR(200) NOT NULL, 
	channel VARCHAR(20), 
	resume_version VARCHAR(100) NOT NULL, 
	variant VARCHAR(100) NOT NULL, 
	outcome VARCHAR(20), 
	stage VARCHAR(100) NOT NULL, 
	negotiation_id VARCHAR(200) NOT NULL, 
	note TEXT NOT NULL, 
	source VARCHAR(400) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_tracking_events PRIMARY KEY (id)
);
INSERT INTO "tracking_events" VALUES(1,'application','2026-01-01','acme-1','Acme','MLE',NULL,'','',NULL,'','','','','2026-01-02 10:00:00.000000');
CREATE TABLE tracking_experiments (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	change TEXT NOT NULL, 
	start DATE NOT NULL, 
	design VARCHAR(20) NOT NULL, 
	field VARCHAR(40) NOT NULL, 
	baseline VARCHAR(200) NOT NULL, 
	candidate VARCHAR(200) NOT NULL, 
	metric VARCHAR(20) NOT NULL, 
	window_days INTEGER NOT NULL, 
	wait_days INTEGER NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	closed_on DATE, 
	verdict VARCHAR(20), 
	result TEXT, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_tracking_experiments PRIMARY KEY (id), 
	CONSTRAINT uq_tracking_experiments_name UNIQUE (name)
);
INSERT INTO "tracking_experiments" VALUES(1,'x','y','2026-01-01','ab','variant','a','b','response',14,7,'open',NULL,NULL,NULL,'2026-01-02 10:00:00.000000');
CREATE INDEX ix_proof_items_source_id ON proof_items (source_id);
CREATE INDEX ix_tracking_events_ref ON tracking_events (ref);
CREATE UNIQUE INDEX uq_tracking_events_attempt ON tracking_events (lower(ref)) WHERE kind IN ('application', 'outreach');
COMMIT;
