#!/bin/sh
# check-metainfo.sh METAINFO SCREENSHOTS VERSION — the metainfo's newest
# release is this version, and its screenshots are the pictures kept in
# SCREENSHOTS (data/screenshots/), each named once, each of this version.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
metainfo=${1:?metainfo} shots=${2:?screenshots folder} version=${3:?version}
status=0
newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
if [ "$newest" != "$version" ]; then
  echo "the newest <release> is «$newest», the project is at $version: add a <release> entry"
  status=1
fi
images=$(sed -n 's|.*<image[^>]*>\(.*\)</image>.*|\1|p' "$metainfo")
[ -n "$images" ] || { echo "no <screenshot> images"; status=1; }
for url in $images; do
  case "$url" in
    https://*/"$version"/*.png) ;;
    *) echo "$url is not an https address of this version's PNG"; status=1 ;;
  esac
  [ -f "$shots/${url##*/}" ] || { echo "$url: no ${url##*/} in $shots"; status=1; }
done
for file in "$shots"/*.png; do
  name=${file##*/}
  echo "$images" | grep -q "/$name\$" || { echo "$file is not in the metainfo"; status=1; }
done
exit $status
