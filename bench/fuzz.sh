#!/usr/bin/env bash
# Fuzzes the parsers the product owns with Jazzer, one fuzz test at a time, FUZZ_SECONDS each (180 by
# default; TARGETS narrows the list to names containing it). Each test's kept inputs under
# src/test/resources/<package>/<Class>Inputs/<method>/ are its seeds; what the fuzzer finds is
# written there too, so that a finding, once fixed, is replayed by every `mvn verify` (regression
# mode). The growing corpus stays in .cifuzz-corpus/ (ignored by git). Not part of CI.
# Prints, per test, the executions, the coverage reached and whether anything was found; exits 1
# when something was.
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-180}
FILTER=${TARGETS:-}
TESTS=(
  "io.article28.core.InputFuzzTests#anEmailAddressIsRefusedOrComesOutAsSmtpTakesIt"
  "io.article28.core.InputFuzzTests#aTextIsRefusedExactlyWhenItHoldsAControlFormattingOrLoneSurrogateCharacter"
  "io.article28.core.InputFuzzTests#anUploadedFileNameIsRefusedOrIsOneSafeNameOfAtMost200Characters"
  "io.article28.notifications.WebhookAddressFuzzTests#aWebhookUrlIsRefusedOrIsAnHttpUrlNamingAHostWithoutCredentials"
  "io.article28.notifications.WebhookAddressFuzzTests#anIpv4AddressDeniedIsDeniedInEveryIpv6FormThatCarriesIt"
  "io.article28.agreements.DpaTextFuzzTests#aTemplateIsRefusedOrFillsAndRendersToMarkdownElementsOnly"
  "io.article28.agreements.DpaTextFuzzTests#aValuePutInTheAgreementRendersAsItsOwnText"
  "io.article28.agreements.DpaTextFuzzTests#anUploadIsAReadablePdfOrRefused"
  "io.article28.platform.PlatformImportFuzzTests#aFileIsTakenOrRefusedWithItsFaultyLines"
)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); ${SECONDS_EACH}s per fuzz test"
mvn -B -q -ntp test-compile || exit 2
found=0
for test in "${TESTS[@]}"; do
  [[ -n "$FILTER" && "$test" != *"$FILTER"* ]] && continue
  log=target/fuzz-${test##*#}.log
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION=${SECONDS_EACH}s mvn -B -ntp surefire:test -Dtest="$test" -Dtest.excludedGroups=none \
    -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1
  status=$?
  done_line=$(grep -a -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
  if [[ $status -ne 0 ]] || grep -a -q 'FuzzTestFinding' "$log"; then
    found=1
    echo "FINDING  $test  (see $log; the input is kept beside the test's seeds)"
  else
    echo "clean    $test  ${done_line:-}"
  fi
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $found
