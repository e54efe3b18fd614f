"""Application services: the records store and the core capabilities used together.

The CLI, the web app and the plan all call these, so neither front door holds logic the other
needs. Domain packages stay pure; these modules may open the store and the market.
"""
