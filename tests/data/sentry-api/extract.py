#!/usr/bin/env python3
"""Extract the operations Lookout uses from Sentry's dereferenced OpenAPI document.

Usage: extract.py OPENAPI_DEREFED_JSON > operations.json

Keeps, per operation, its method, path, security scopes, the request body schema (for PUTs) and the
200 response schema, so tests can validate the fake server's responses and the client's requests
without the 3.8 MB spec. Descriptions are dropped (they carry no validation rules).
"""
import json
import sys

# Named by operationId; "List a Project's Issues" has none usable, so it is named here (sentry-cli uses it).
RENAMED = {"List a Project's Issues": "listProjectIssues"}
OPERATIONS = [
    "listProjectIssues",
    "listOrganizations",
    "listOrganizationProjects",
    "listOrganizationIssues",
    "updateOrganizationIssues",
    "getOrganizationIssue",
    "updateOrganizationIssue",
    "listOrganizationIssueEvents",
    "getOrganizationIssueEvent",
    "getOrganizationIssueTag",
    "listProjectEvents",
    "getProjectEvent",
    "listOrganizationReleases",
    "getOrganizationSessions",
    "listOrganizationStatsV2",
]


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in ("description", "example", "examples")}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    spec = json.load(open(sys.argv[1]))
    out = {}
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            oid = op.get("operationId") if isinstance(op, dict) else None
            oid = RENAMED.get(oid, oid)
            if oid not in OPERATIONS:
                continue
            entry = {"method": method.upper(), "path": path,
                     "scopes": op.get("security", [{}])[0].get("auth_token", [])}
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                entry["requestBody"] = strip(body)
            ok = op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema")
            if ok:
                entry["response"] = strip(ok)
            out[oid] = entry
    missing = set(OPERATIONS) - set(out)
    if missing:
        sys.exit("missing operations: " + ", ".join(sorted(missing)))
    json.dump({"source": "Sentry public API (openapi-derefed.json), Apache 2.0", "operations": out},
              sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
