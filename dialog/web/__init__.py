"""The local-network participation server (aiohttp): evaluation forms on phones
and group-notes pages for assistants. Closed unless the process leader opens it.
"""
