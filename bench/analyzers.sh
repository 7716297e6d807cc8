#!/usr/bin/env bash
# Compares bigram analysis with word segmentation (SmartChineseAnalyzer) on the sample archive:
# index terms, postings, analysis time and the recall of title fragments typed as queries.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.gazette.bench.AnalyzerComparison
