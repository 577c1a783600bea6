"""The one script the room serves: the finding page follows the leader by itself.

Inline, a few lines, allowed by its hash in that page's content security policy
(:data:`dialog.web.security.FINDING_CSP`); no other page carries a script, and
every page works without it. Every 3 seconds it asks :data:`FINDING_NOW` which
finding the leader shows. When that changes and nobody has touched the form,
it loads :data:`FINDING` again; once they have typed or chosen something, it
keeps the page as it is and fills the ``#follow`` status line (read out by
screen readers) with the text in its ``data-text``. A page whose ``#follow``
has ``data-kept`` (it shows what a late send carried) never loads itself away.
"""

from __future__ import annotations

import base64
import hashlib

from dialog.core import room_urls as urls

POLL_SECONDS = 3
"""How often the page asks which finding is open: 4 requests in 12 s, far under the room's rate limit."""

SCRIPT = (
    "(function(){"
    'var say=document.getElementById("follow");if(!say||!window.fetch)return;'
    'var shown=say.getAttribute("data-finding"),touched=say.hasAttribute("data-kept"),'
    'form=document.querySelector("form");'
    "function touch(){touched=true}"
    'if(form){form.addEventListener("input",touch);form.addEventListener("change",touch);'
    'form.addEventListener("focusin",function(e){if(e.target.tagName==="TEXTAREA")touch()})}'
    f"function later(){{setTimeout(check,{POLL_SECONDS * 1000})}}"
    f'function check(){{fetch("{urls.FINDING_NOW}",{{cache:"no-store",credentials:"same-origin"}})'
    ".then(function(r){return r.ok?r.json():null})"
    ".then(function(now){"
    'if(now&&typeof now==="object"){var id=now.id||"";'
    f'if(id!==shown&&!touched){{location.replace("{urls.FINDING}");return}}'
    'var want=id!==shown?say.getAttribute("data-text"):"";if(say.textContent!==want)say.textContent=want}'
    "later()},later)}"
    "later()})();"
)
"""The script itself, exactly as it stands between the page's ``<script>`` tags (its hash depends on every byte)."""

SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
"""The CSP hash that allows exactly this inline script."""
