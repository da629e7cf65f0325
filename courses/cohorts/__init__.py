"""Cohorts: facilitators, membership and join codes, pacing, the dashboard, exports.

Views, exports and the websocket consumer ask `access` who may see what; every other
module here is a plain service over the models in `courses/models/cohorts.py`.
"""
