#!/usr/bin/env bash
# The consumer check: use the packages the way someone who installs them does.
#
#  1. dotnet pack FactExtractor and FactExtractor.Cli into a local folder feed (in a temp dir);
#     check what the .nupkg/.snupkg hold (README, XML docs, schema, licence, dependencies).
#  2. In a fresh folder outside the repository (no Directory.Build.props, global.json or
#     nuget.config of ours above it), `dotnet new console`, `dotnet add package FactExtractor`
#     with a nuget.config whose packageSourceMapping takes FactExtractor* from the local feed
#     only and everything else from the machine's own sources; run tests/consumer/Program.cs.
#  3. `dotnet tool install --tool-path` FactExtractor.Cli from the same feed; run `factx extract`.
#
# The consumer side uses its own NUGET_PACKAGES folder (so no cached package with the same
# version can stand in for the one just packed) and its own TMPDIR (so jieba's data is
# extracted from the package's assembly, not found from an earlier run).
#
# Prints one line per check and "consumer: N passed, N failed" last; exits 1 on any failure.
# Usage: tests/consumer/run.sh [--no-build]   (--no-build: pack the Release build already made)
# FACTX_KEEP_CONSUMER=1 keeps the temp folder for a look afterwards.
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
pack_args=()
if [[ "${1:-}" == "--no-build" ]]; then
    pack_args+=(--no-build)
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work=$(mktemp -d "${TMPDIR:-/tmp}/factx-consumer.XXXXXX")
cleanup() {
    if [[ "${FACTX_KEEP_CONSUMER:-}" == "1" ]]; then
        echo "consumer: kept $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

feed="$work/feed"
passed=0
failed=0
step=0
started=$SECONDS

# check DESCRIPTION COMMAND...: runs COMMAND with its output in a log, shown only on failure.
check() {
    local what=$1
    shift
    step=$((step + 1))
    local log="$work/step-$step.log"
    if ("$@") >"$log" 2>&1; then
        passed=$((passed + 1))
        echo "consumer: ok   $what"
        return 0
    fi
    failed=$((failed + 1))
    echo "consumer: FAIL $what"
    sed 's/^/    /' "$log" | tail -n 60
    return 1
}

finish() {
    echo "consumer: took $((SECONDS - started)) s"
    echo "consumer: ${passed} passed, ${failed} failed"
    [[ $failed -eq 0 ]] && exit 0 || exit 1
}

# ---- 1. Pack -------------------------------------------------------------------------------
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/Directory.Build.props" | head -n 1)
lib="$feed/FactExtractor.$version.nupkg"
cli="$feed/FactExtractor.Cli.$version.nupkg"

pack() {
    dotnet pack "$repo/src/FactExtractor/FactExtractor.csproj" -c Release -o "$feed" "${pack_args[@]}" &&
        dotnet pack "$repo/src/FactExtractor.Cli/FactExtractor.Cli.csproj" -c Release -o "$feed" "${pack_args[@]}" &&
        ls -l "$feed" && test -f "$lib" && test -f "$cli" && test -f "$feed/FactExtractor.$version.snupkg"
}
check "dotnet pack makes FactExtractor.$version.nupkg, .snupkg and FactExtractor.Cli.$version.nupkg" pack || finish

lib_contents() {
    local listing
    listing=$(unzip -Z1 "$lib") || return 1
    echo "$listing"
    for entry in README.md lib/net10.0/FactExtractor.dll lib/net10.0/FactExtractor.xml schema/factextractor-1.schema.json; do
        grep -qx "$entry" <<<"$listing" || { echo "missing: $entry"; return 1; }
    done
    listing=$(unzip -Z1 "$feed/FactExtractor.$version.snupkg") || return 1
    grep -qx lib/net10.0/FactExtractor.pdb <<<"$listing" || { echo "no pdb in the .snupkg"; return 1; }
}
check "the library package holds README.md, the DLL with its XML docs and schema/factextractor-1.schema.json; the .snupkg the PDB" lib_contents

lib_nuspec() {
    local nuspec
    nuspec=$(unzip -p "$lib" FactExtractor.nuspec) || return 1
    echo "$nuspec"
    grep -q '<license type="expression">MIT</license>' <<<"$nuspec" &&
        grep -q '<readme>README.md</readme>' <<<"$nuspec" &&
        grep -q '<tags>' <<<"$nuspec" &&
        grep -q '<repository type="git"' <<<"$nuspec" &&
        grep -q 'id="jieba.NET" version="0.42.2"' <<<"$nuspec" &&
        grep -q 'id="Newtonsoft.Json" version="13.0.3"' <<<"$nuspec" &&
        grep -q 'id="System.Configuration.ConfigurationManager" version="10.0.12"' <<<"$nuspec"
}
check "the nuspec has the MIT expression, readme, tags, repository and the raised Newtonsoft.Json / ConfigurationManager" lib_nuspec

cli_contents() {
    local listing nuspec settings
    listing=$(unzip -Z1 "$cli") && nuspec=$(unzip -p "$cli" FactExtractor.Cli.nuspec) &&
        settings=$(unzip -p "$cli" tools/net10.0/any/DotnetToolSettings.xml) || return 1
    printf '%s\n' "$listing" "$nuspec" "$settings"
    grep -qx 'tools/net10.0/any/factx.dll' <<<"$listing" &&
        grep -q '<packageType name="DotnetTool"' <<<"$nuspec" &&
        grep -q 'Name="factx"' <<<"$settings"
}
check "the tool package is a DotnetTool with the command factx" cli_contents

# ---- 2. A fresh console project ------------------------------------------------------------
consumer="$work/consumer"
mkdir -p "$consumer" "$work/tmp"
# Stop MSBuild's search for these files above the temp folder.
for f in Directory.Build.props Directory.Build.targets Directory.Packages.props; do
    echo '<Project />' >"$consumer/$f"
done

# FactExtractor* from the local feed only; everything else from the sources this machine uses.
sources() {
    (cd "$work" && dotnet nuget list source --format short) | sed -n 's/^E[A-Za-z]* \(.*\)$/\1/p'
}
make_config() {
    local urls
    urls=$(sources)
    [[ -n "$urls" ]] || { echo "no enabled NuGet source on this machine"; return 1; }
    {
        echo '<?xml version="1.0" encoding="utf-8"?>'
        echo '<configuration>'
        echo '  <packageSources>'
        echo '    <clear />'
        echo "    <add key=\"factx-local\" value=\"$feed\" />"
        local i=0
        while read -r url; do
            i=$((i + 1))
            echo "    <add key=\"machine-$i\" value=\"$url\" />"
        done <<<"$urls"
        echo '  </packageSources>'
        echo '  <packageSourceMapping>'
        echo '    <packageSource key="factx-local"><package pattern="FactExtractor" /><package pattern="FactExtractor.*" /></packageSource>'
        for ((j = 1; j <= i; j++)); do
            echo "    <packageSource key=\"machine-$j\"><package pattern=\"*\" /></packageSource>"
        done
        echo '  </packageSourceMapping>'
        echo '</configuration>'
    } >"$consumer/nuget.config"
    cat "$consumer/nuget.config"
}
check "a nuget.config maps FactExtractor* to the local feed only" make_config || finish

# Everything the consumer restores lands in a package folder of its own.
machine_packages=${NUGET_PACKAGES-}
export NUGET_PACKAGES="$work/packages"
unset FACTX_JIEBA_DIR

new_app() {
    cd "$consumer" && dotnet new console --name App --output App --framework net10.0 &&
        cd App && dotnet add package FactExtractor --version "$version"
}
check "dotnet new console + dotnet add package FactExtractor $version" new_app || finish

from_feed() {
    local installed="$NUGET_PACKAGES/factextractor/$version"
    cat "$installed/.nupkg.metadata" &&
        grep -q "\"source\": \"$feed\"" "$installed/.nupkg.metadata" &&
        cmp "$installed/lib/net10.0/FactExtractor.dll" <(unzip -p "$lib" lib/net10.0/FactExtractor.dll)
}
check "the restored FactExtractor came from the local feed and is the DLL just packed" from_feed

resolved_versions() {
    local list
    list=$(cd "$consumer/App" && dotnet list package --include-transitive) || return 1
    echo "$list"
    # jieba.NET alone would bring Newtonsoft.Json 12.0.3 (advisory GHSA-5crp-9r3c-p9vr) and
    # ConfigurationManager 4.7.0, which drags System.Drawing.Common 4.7.0 (CVE-2021-24112).
    grep -Eq '> Newtonsoft\.Json +13\.0\.3' <<<"$list" &&
        grep -Eq '> System\.Configuration\.ConfigurationManager +10\.0\.12' <<<"$list" &&
        ! grep -q 'System.Drawing.Common' <<<"$list"
}
check "the consumer resolves Newtonsoft.Json 13.0.3 and ConfigurationManager 10.0.12, no System.Drawing.Common" resolved_versions

run_app() {
    cp "$repo/tests/consumer/Program.cs" "$consumer/App/Program.cs" &&
        cd "$consumer/App" && dotnet build -c Release &&
        TMPDIR="$work/tmp" dotnet bin/Release/net10.0/App.dll &&
        ls "$work"/tmp/factx-*/jieba-*/dict.txt
}
check "the console app extracts the facts of 建成区面积由2012年的18平方公里扩大至35.2平方公里 (jieba data extracted fresh)" run_app
grep -E '^  (ok|FAIL) ' "$work/step-$step.log" | sed 's/^/    /'

# ---- 3. The factx tool -----------------------------------------------------------------------
tools="$work/tools"
install_tool() {
    cd "$consumer" && dotnet tool install FactExtractor.Cli --version "$version" --tool-path "$tools" \
        --configfile "$consumer/nuget.config" &&
        test -x "$tools/factx" &&
        cmp "$(find "$tools/.store/factextractor.cli/$version" -name factx.dll -path '*tools*' | head -n 1)" \
            <(unzip -p "$cli" tools/net10.0/any/factx.dll)
}
check "dotnet tool install --tool-path FactExtractor.Cli $version from the local feed" install_tool || finish

run_tool() {
    printf '建成区面积由2012年的18平方公里扩大至35.2平方公里。\n' >"$work/area.txt"
    TMPDIR="$work/tmp" "$tools/factx" extract --reference-date 2022-09-28 "$work/area.txt" >"$work/area.json" || return 1
    cat "$work/area.json"
    jq -e '.schemaVersion == "1" and (.facts | length) == 2
        and ([.facts[].quantity.normalizedUnit] == ["m2", "m2"])
        and ([.facts[].quantity.normalizedValue] == [18000000, 35200000])
        and .facts[0].time.year == 2012
        and .document.referenceDate == "2022-09-28"' "$work/area.json"
}
check "factx extract FILE writes the two facts as JSON" run_tool

run_tool_out() {
    TMPDIR="$work/tmp" "$tools/factx" extract --reference-date 2022-09-28 --out "$work/out" \
        "$repo/samples/articles/qingshui-district-2022.txt" || return 1
    ls -l "$work/out"
    jq -e '.document.id == "qingshui-district-2022" and (.facts | length) >= 10' "$work/out/qingshui-district-2022.json"
}
check "factx extract --out DIR on the sample article writes its facts" run_tool_out

# ---- 4. The native build (README, "Native build") ------------------------------------------------
native="$work/native"
if [[ $(uname -s)-$(uname -m) == Linux-x86_64 ]]; then
    publish_native() {
        cd "$repo" && NUGET_PACKAGES=$machine_packages dotnet publish src/FactExtractor.Cli -c Release \
            -r linux-x64 -p:PublishAot=true -o "$native" && test -x "$native/factx" && ! test -e "$native/factx.dll"
    }
    check "dotnet publish -r linux-x64 -p:PublishAot=true makes a native factx (no warnings: they are errors)" publish_native || finish

    same_batch() {
        TMPDIR="$work/tmp" "$tools/factx" batch "$repo/samples/articles" --out "$work/tool.jsonl" &&
            TMPDIR="$work/tmp" "$native/factx" batch "$repo/samples/articles" --out "$work/native.jsonl" || return 1
        wc -l "$work/tool.jsonl" "$work/native.jsonl"
        [[ -s "$work/native.jsonl" ]] && cmp "$work/tool.jsonl" "$work/native.jsonl"
    }
    check "the native factx batch writes the same JSON Lines as the tool, byte for byte" same_batch

    native_train() {
        local code=0
        "$native/factx" train --corpus "$repo/corpus" --out "$work/model.zip" 2>"$work/train.err" || code=$?
        cat "$work/train.err"
        [[ $code -eq 2 ]] && grep -q "needs the .NET runtime's JIT" "$work/train.err" && ! test -e "$work/model.zip"
    }
    check "the native factx train says it needs the JIT (exit 2) instead of failing inside ML.NET" native_train
else
    echo "consumer: skip the native build (linux-x64 only here)"
fi

finish
