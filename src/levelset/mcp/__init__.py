"""The assistant door: a local Model Context Protocol server over the user's own records.

`levelset mcp` serves the same use cases as the CLI and the web app to an AI assistant over
stdio: read-only resources and tools, and (only with `--allow-writes`) a few append-only write
tools. It never opens a socket; stdout carries protocol frames only, logs go to stderr.
The protocol is levelset's own (protocol.py, server.py); the MCP SDK and pydantic are used only
to make the tools' schemas at build time (declared.py) and by the tests, as the client.
"""
