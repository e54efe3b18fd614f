"""The owner and tenant keys and their option names, apart from the scoping itself
(`store.ownership`, which needs SQLAlchemy): opening a store and reading it through the
statements compiled ahead (`store.prepared`) need only these."""

OWN = 0  # the owner key of the user's (or the coach's) own records
ALL_OWNERS = -1  # a read-only view across owners (the coach's dashboard and roll-ups)
OWNER_OPTION = "levelset_owner"
OWNER_KEY = "client_id"
LOCAL_TENANT = 0  # the organisation of the single-user app (and of every pre-server row)
TENANT_OPTION = "levelset_tenant"
TENANT_KEY = "org_id"
