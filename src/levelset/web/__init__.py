"""The local web app: a FastAPI door over the use cases in `levelset.app`."""
