#!/usr/bin/env bash
# Make the base repository of the walkthrough (docs/repo-walkthrough.md): toposort 1.10's sdist from
# PyPI, unpacked and committed as one git commit with fixed author, committer and dates, so the commit
# id is the same on every machine and the instances file can pin it.
#
# Usage: bash examples/repo/prepare.sh [FOLDER]    (default: examples/repo/toposort-1.10)
set -euo pipefail

NAME=toposort
VERSION=1.10
SHA256=bfbb479c53d0a696ea7402601f4e693c97b0367837c8898bc6471adfca37a6bd
EXPECTED_COMMIT=46207856e21ea6ba0976cc1a3669bbeceb21dc94

here=$(cd "$(dirname "$0")" && pwd)
dest=${1:-$here/$NAME-$VERSION}
if [ -e "$dest" ]; then
    echo "error: $dest already exists; remove it or pass another folder" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps --no-binary :all: "$NAME==$VERSION" -d "$tmp"
sdist="$tmp/$NAME-$VERSION.tar.gz"
echo "$SHA256  $sdist" | sha256sum --check --quiet || {
    echo "error: $sdist does not have the pinned sha256 $SHA256" >&2
    exit 1
}
mkdir -p "$(dirname "$dest")"
tar --no-same-owner -xzf "$sdist" -C "$tmp"
mv "$tmp/$NAME-$VERSION" "$dest"

export GIT_AUTHOR_NAME=effx GIT_AUTHOR_EMAIL=effx@localhost GIT_COMMITTER_NAME=effx
export GIT_COMMITTER_EMAIL=effx@localhost
export GIT_AUTHOR_DATE="2023-02-19T00:00:00+0000" GIT_COMMITTER_DATE="2023-02-19T00:00:00+0000"
git -C "$dest" init --quiet --initial-branch=main
git -C "$dest" add --all
git -C "$dest" -c commit.gpgsign=false commit --quiet -m "$NAME $VERSION (sdist from PyPI)"
commit=$(git -C "$dest" rev-parse HEAD)
if [ "$commit" != "$EXPECTED_COMMIT" ]; then
    echo "warning: base commit is $commit, the instances file pins $EXPECTED_COMMIT" >&2
fi
echo "$dest at $commit"
