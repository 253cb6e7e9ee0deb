#!/usr/bin/env bash
# Each service owns its database through a role of its own (least privilege: it reaches no other
# service's tables), as deploy/data-tier.sh gives them in the production shape. Run once on an empty
# volume by the postgres image, as the operator (POSTGRES_USER); each role's password is read from
# its secret file and goes to psql on standard input, never on a command line.
set -euo pipefail

for pair in applicants:applicants loans:startup_loans training:training_subsidies hiring:hiring_subsidies jobs:job_matching risk:risk_signals figures:bureau_figures identity_provider:identity_provider; do
    database=${pair%%:*}
    role="svc_${pair#*:}"
    password=$(cat "/run/secrets/${database//_/-}-db-password")
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -q <<SQL
CREATE ROLE $role LOGIN PASSWORD '$password';
CREATE DATABASE $database OWNER $role;
REVOKE CONNECT ON DATABASE $database FROM PUBLIC;
SQL
done
