#!/usr/bin/env bash
# Generates the benchmark city (cn.xianfeng.bench.CityGenerator) into a database, xf_city unless named:
#   bench/generate-city.sh [database]
# The MariaDB/MySQL server is XF_BENCH_DB_SERVER (default jdbc:mysql://127.0.0.1:3306; XF_BENCH_DB_USERNAME, default
# root, and XF_BENCH_DB_PASSWORD); Redis for the statistics reconciliation is XF_BENCH_REDIS_URL, or an embedded one.
# A database that already holds the city is left as it is; one that holds anything else is refused.
# Needs only a JDK: the wrapper builds the test classes and names their classpath, then plain java runs them.
set -euo pipefail
cd "$(dirname "$0")/../server"

database=${1:-xf_city}
classpath=target/city-classpath.txt
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$classpath" \
  -Dmdep.includeScope=test
exec java -Xmx2g ${CITY_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$classpath")" \
  cn.xianfeng.bench.CityGenerator "$database"
