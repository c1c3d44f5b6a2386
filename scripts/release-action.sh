#!/usr/bin/env bash
# Makes the release commit of the GitHub Action and tags it. main never holds a bundle: GitHub
# runs an action from the tree of the ref a workflow names (`uses: iplan-rijk/iplan@v0.1.0`), so
# the tag must point at a commit whose tree has dist/. This script builds the production bundles
# and commits the current tree plus dist/action.js, dist/cli.js and dist/cli-main.js as a child of HEAD that no
# branch holds, then tags it v<version> and moves the major tag (v0, v1, …) to it. It pushes
# nothing: it prints the push command.
#
#   bash scripts/release-action.sh            # from a clean checkout of the commit to release
set -euo pipefail
cd "$(dirname "$0")/.."

version="$(node -p "require('./package.json').version")"
tag="v$version"
major="v${version%%.*}"

git diff --quiet HEAD -- || { echo "release-action: commit or drop the changes first; the release is HEAD's tree" >&2; exit 1; }
! git rev-parse -q --verify "refs/tags/$tag" >/dev/null || { echo "release-action: tag $tag exists" >&2; exit 1; }

node scripts/build.mjs --production >&2

# A private index: the checkout's own index and branch stay as they are.
index="$(mktemp)"
trap 'rm -f "$index"' EXIT
export GIT_INDEX_FILE="$index"
git read-tree HEAD
git add --force dist/action.js dist/cli.js dist/cli-main.js
tree="$(git write-tree)"
commit="$(git commit-tree "$tree" -p HEAD -m "Release $tag of the GitHub Action (with its bundles in dist/)")"
unset GIT_INDEX_FILE

git tag -a "$tag" -m "iplan $version" "$commit"
git tag -f -a "$major" -m "iplan $major (latest: $version)" "$commit" >/dev/null
echo "release-action: tagged $tag and $major at $commit" >&2
echo "git push origin $tag && git push --force origin $major"
