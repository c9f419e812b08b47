"""Production settings (Render). Deliberately incomplete: see FINDINGS.md."""
from .base import *  # noqa: F401,F403

DEBUG = os.environ.get("DEBUG", "False") == "True"  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Deliberately missing: SECURE_HSTS_SECONDS (security.W004).
