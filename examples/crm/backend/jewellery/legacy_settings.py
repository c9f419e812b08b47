"""Settings kept from the first prototype; not imported anywhere. See FINDINGS.md."""

SECRET_KEY = "k3x!q9$wz7-fake-prototype-key-do-not-use-8f2b1c6d0e4a"
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
