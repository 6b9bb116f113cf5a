# The action's outputs (outputs: in action.yml), appended to $GITHUB_OUTPUT after the check or write
# step: stale or written, then the counts and lines of the stack's changes (diff-outputs.mjs).
# Arguments: the command's exit status, whether check found the files stale, the folder holding
# the files as they were before the step, and the file check wrote what write would change to
# (check --changes). MODE and DIRECTORY are the step's.
# A runner sets GITHUB_OUTPUT; without it (an older runner, a local run) there is nowhere to set them.
if [ -z "${GITHUB_OUTPUT:-}" ]; then exit 0; fi
status=$1
stale=$2
before=$3
checked=$4
outputs=$GITHUB_OUTPUT
cli="$GITHUB_ACTION_PATH/dist/cli.js"
changes=""
if [ "$MODE" = write ] && [ "$status" = 0 ]; then
  written=false
  for name in techstack.yml techstack.md; do
    cmp -s "$before/$name" "$DIRECTORY/$name" || written=true
  done
  echo "written=$written" >> "$outputs"
  # Two files compared: no scan. Where there was no techstack.yml, an empty file: diff compares it as the empty stack.
  old="$before/techstack.yml"
  if [ ! -f "$old" ]; then : > "$old"; fi
  if ! changes=$(node "$cli" diff "$old" "$DIRECTORY/techstack.yml" --format json 2> /dev/null); then
    echo "::warning::techstack could not count the stack's changes for the action's outputs"
    exit 0
  fi
elif [ "$MODE" = check ] && [ "$status" = 0 ]; then
  echo "stale=false" >> "$outputs"
elif [ "$stale" = true ]; then
  echo "stale=true" >> "$outputs"
  # What write would change, as check's scan found it; none where check could not tell (an unreadable techstack.yml).
  if [ ! -f "$checked" ]; then
    echo "::warning::techstack could not count the stack's changes for the action's outputs"
    exit 0
  fi
  changes=$(cat "$checked")
else
  exit 0
fi
printf '%s' "$changes" | node "$GITHUB_ACTION_PATH/action/diff-outputs.mjs" >> "$outputs"
