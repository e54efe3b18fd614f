"""The coaching server: the web app for many people over one PostgreSQL database.

A door like `web` and `mcp`: it signs people in (sessions in the database), decides whose
records each request may reach (`app.server_access`), and serves the web app's own pages in
that workspace; its own pages (sign-in, invitations, sharing, the coach's and the admin's)
live under /server/.
"""
