#!/bin/bash -eu
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the guidance maintainers
#
# ClusterFuzzLite / OSS-Fuzz build of guidance's Jazzer fuzz tests (JUnit @FuzzTest methods in *FuzzTest classes of
# guidance-core, -quality, -journeys and -research; the same targets ./fuzz.sh runs locally).
#
# For every @FuzzTest method it writes into $OUT:
#   <Class>_<method>              a launcher script that runs Jazzer (jazzer_driver with jazzer_agent_deploy.jar, which
#                                 the JVM builder's compile step copies into $OUT) on that method (--target_class and
#                                 --target_method), in the way OSS-Fuzz JVM projects do
#   <Class>_<method>_seed_corpus.zip  the committed regression inputs (src/test/resources/.../<Class>Inputs/<method>/)
# and, shared by all launchers, the module classes and test classes ($OUT/classes/<module>, $OUT/test-classes/<module>)
# and every jar of the modules' test class paths ($OUT/lib), so that $OUT alone runs the fuzzers. A launcher passes
# -max_total_time on as Jazzer's --max_duration: in a JUnit fuzz test that setting, not libFuzzer's flag, ends the run
# (the annotations' own maxDuration of 30 s is meant for IDE runs).
#
# Run locally (needs docker and an OSS-Fuzz checkout):
#   python infra/helper.py build_fuzzers --external /path/to/guidance --sanitizer address
cd "$SRC/guidance"

modules=(guidance-core guidance-quality guidance-journeys guidance-research)

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
if [[ -z "$java_major" || "$java_major" -lt 17 ]]; then
  echo "build.sh: guidance needs Java 17 or newer to build; this image has Java ${java_major:-(unknown)}" >&2
  exit 1
fi

# Compile main and test code of the fuzzed modules (and what they depend on, from the reactor: nothing is installed),
# and write each module's test class path. The build guards that verify runs (analyze, tests) are not needed here.
modules_csv=$(IFS=,; echo "${modules[*]}")
./mvnw -B -ntp -pl "$modules_csv" -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/cflite-classpath.txt

# Jazzer runs JUnit fuzz tests through the JUnit Platform launcher, which Surefire brings in a normal build.
junit_version=$(sed -n 's:.*<junit.version>\(.*\)</junit.version>.*:\1:p' pom.xml | head -n 1)
mkdir -p "$OUT/lib" "$OUT/classes" "$OUT/test-classes"
./mvnw -B -ntp -q -N dependency:copy \
  -Dartifact="org.junit.platform:junit-platform-launcher:${junit_version}:jar" -DoutputDirectory="$OUT/lib"

targets=0
for module in "${modules[@]}"; do
  cp -r "$module/target/classes/." "$OUT/classes/$module/" 2>/dev/null || mkdir -p "$OUT/classes/$module"
  mkdir -p "$OUT/test-classes/$module"
  cp -r "$module/target/test-classes/." "$OUT/test-classes/$module/"

  # The run-time class path, relative to the launcher ($this_dir): the module's test classes and classes, then its
  # test class path with sibling modules' classes and jars mapped into $OUT. Jazzer's own standalone jar
  # (com.code-intelligence:jazzer) is left out: the image's agent is the Jazzer that runs; jazzer-api and
  # jazzer-junit stay for the @FuzzTest annotation.
  runtime_cp="\$this_dir/test-classes/$module:\$this_dir/classes/$module:\$this_dir/lib/junit-platform-launcher-${junit_version}.jar"
  IFS=: read -r -a entries < "$module/target/cflite-classpath.txt"
  for entry in "${entries[@]}"; do
    [[ -n "$entry" ]] || continue
    if [[ -d "$entry" ]]; then
      # a sibling module from the reactor: <root>/<sibling>/target/classes
      sibling=$(basename "$(dirname "$(dirname "$entry")")")
      if [[ ! -d "$OUT/classes/$sibling" ]]; then
        mkdir -p "$OUT/classes/$sibling"
        cp -r "$entry/." "$OUT/classes/$sibling/"
      fi
      runtime_cp="$runtime_cp:\$this_dir/classes/$sibling"
    elif [[ "$entry" == */com/code-intelligence/jazzer/*/jazzer-*.jar ]]; then
      continue
    else
      cp -n "$entry" "$OUT/lib/" || true
      runtime_cp="$runtime_cp:\$this_dir/lib/$(basename "$entry")"
    fi
  done

  while IFS= read -r -d '' source; do
    class=$(realpath --relative-to="$module/src/test/java" "$source")
    class=${class%.java}
    class=${class//\//.}
    simple=${class##*.}
    # the methods annotated with @FuzzTest (the annotation on its own line, the method on one of the next lines)
    methods=$(grep -A3 '@FuzzTest' "$source" | sed -n 's/.*void \([A-Za-z0-9_]*\)(.*/\1/p' | sort -u)
    for method in $methods; do
      name="${simple}_${method}"
      cat > "$OUT/$name" <<LAUNCHER
#!/bin/bash
# LLVMFuzzerTestOneInput for fuzzer detection.
this_dir=\$(dirname "\$0")
if [[ "\$@" =~ (^| )-runs=[0-9]+(\$| ) ]]; then
  mem_settings='-Xmx1900m:-Xss900k'
else
  mem_settings='-Xmx2048m:-Xss1024k'
fi
# The @FuzzTest annotations cap a run at 30 s (for IDE runs); the time ClusterFuzzLite gives wins.
max_duration=24h
if [[ "\$@" =~ (^| )-max_total_time=([0-9]+)(\$| ) ]]; then
  max_duration="\${BASH_REMATCH[2]}s"
fi
LD_LIBRARY_PATH="$JVM_LD_LIBRARY_PATH":\$this_dir \\
\$this_dir/jazzer_driver --agent_path=\$this_dir/jazzer_agent_deploy.jar \\
  --cp=$runtime_cp \\
  --target_class=$class \\
  --target_method=$method \\
  --max_duration="\$max_duration" \\
  --jvm_args="\$mem_settings" \\
  "\$@"
LAUNCHER
      chmod u+x "$OUT/$name"
      package=${class%.*}
      inputs="$module/src/test/resources/${package//.//}/${simple}Inputs/$method"
      if [[ -d "$inputs" ]] && [[ -n "$(ls -A "$inputs")" ]]; then
        (cd "$inputs" && zip -q -r "$OUT/${name}_seed_corpus.zip" .)
      fi
      targets=$((targets + 1))
      echo "build.sh: fuzzer $name ($class#$method)"
    done
  done < <(find "$module/src/test/java" -name '*FuzzTest.java' -print0)
done

if [[ "$targets" -eq 0 ]]; then
  echo "build.sh: no @FuzzTest methods found" >&2
  exit 1
fi
echo "build.sh: $targets fuzzers in $OUT"
