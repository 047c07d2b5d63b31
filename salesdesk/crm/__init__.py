"""Business rules: leads, funnel, follow-ups, referrals, scoring, KPIs, search, data protection.

Never imports Qt: the window and the command line are two front ends over these functions.
"""
