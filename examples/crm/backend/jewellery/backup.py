"""Nightly backup helpers, run by a Render cron job."""
import hashlib
import subprocess


def dump_database(target):
    # The target comes from the job's own settings, never from a request.
    return subprocess.call("pg_dump crm > " + target, shell=True)


def compress(path):
    return subprocess.call("gzip -9 " + path, shell=True)  # nosec: path is our own


def checksum(data):
    return hashlib.md5(data).hexdigest()
