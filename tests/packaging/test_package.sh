#!/usr/bin/env bash
# test_package (issue 18): builds the Debian package from the build folder with CPack, unpacks it
# into a temporary root with dpkg -x and checks that what a user gets works from there:
#   - the installed marginalia-cli builds and reads the demo project, with its stop words in use; the commands it
#     hands over (demo, report) run through the installed libexec/marginalia/marginalia-cli-full;
#   - the installed GUI loads its translation from the installed share/marginalia/translations;
#   - the desktop entry and AppStream metadata validate; the copyright file and man pages are there;
#   - the MIME type recognises a project renamed without its extension by its SQLite application_id.
#   test_package.sh CPACK BUILD_DIR APP_ID
set -euo pipefail
cpack=$1 build=$2 app_id=$3   # app_id: MARGINALIA_APP_ID (app/CMakeLists.txt)

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli update-mime-database gio; do
    command -v "$tool" > /dev/null || fail "$tool is not installed (make deps installs it: .ci/install-deps)"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Nothing of the user's settings, data or caches is read or written.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
export QT_QPA_PLATFORM=offscreen GIO_USE_VFS=local
mkdir -p "$HOME"

echo "== cpack -G DEB"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/package" > "$tmp/cpack.log" 2>&1 \
    || { cat "$tmp/cpack.log"; fail "cpack could not build the package"; }
debs=("$tmp"/package/marginalia_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no marginalia_*.deb"
deb=${debs[0]}
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Depends comes from dpkg-shlibdeps: the libraries the programs link must be named, with versions.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libqt6core6 libqt6gui6 libqt6widgets6 libsqlite3-0 libpoppler-qt6 libquazip1-qt6 libc6; do
    grep -Eq "(^|, )$library[a-z0-9.-]* \(>= " <<< "$depends" || fail "Depends does not name $library with a version"
done

root=$tmp/root
dpkg -x "$deb" "$root"
usr=$root/usr
for file in bin/marginalia bin/marginalia-cli libexec/marginalia/marginalia-cli-full \
            share/marginalia/translations/marginalia_de.qm share/marginalia/translations/marginalia_zh_CN.qm \
            share/marginalia/translations/marginalia_sv.qm share/marginalia/translations/marginalia_en.qm \
            share/marginalia/stopwords/en.txt share/marginalia/stopwords/zh.txt \
            share/marginalia/demo/demo.json share/marginalia/demo/kunming-teacher-li.txt \
            share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
            share/mime/packages/$app_id.xml share/icons/hicolor/scalable/apps/$app_id.svg \
            share/icons/hicolor/48x48/apps/$app_id.png share/icons/hicolor/256x256/apps/$app_id.png \
            share/man/man1/marginalia.1.gz share/man/man1/marginalia-cli.1.gz share/doc/marginalia/copyright; do
    [ -s "$usr/$file" ] || fail "the package has no /usr/$file"
done
# Nothing outside /usr (and nothing for /usr/local).
[ "$(ls "$root")" = usr ] || fail "the package installs outside /usr: $(ls "$root")"
grep -q '^License: GPL-3+$' "$usr/share/doc/marginalia/copyright" || fail "copyright does not name GPL-3+"
grep -q '/usr/share/common-licenses/GPL-3' "$usr/share/doc/marginalia/copyright" \
    || fail "copyright does not point to /usr/share/common-licenses/GPL-3"

echo "== the installed marginalia-cli"
cli=$usr/bin/marginalia-cli
project=$tmp/demo.marginalia
"$cli" demo "$project" > /dev/null || fail "marginalia-cli demo failed"
info=$("$cli" info "$project" --json)
# resources/demo holds 13 texts (4 from Beijing, 3 each from Kunming, Zhejiang and Chongqing: demo.qrc
# less demo.json and README.md), all in the demo project.
grep -Eq '"documents": ?13[,}]' <<< "$info" || fail "info does not report the demo's 13 documents: $info"
# Stop words: "the" and 的 are the most frequent words of the demo's English and Chinese texts; with
# the stop-word lists in use neither is counted, without them (--no-stopwords) both are.
words=$("$cli" words "$project" --top 0 --json)
all=$("$cli" words "$project" --top 0 --json --no-stopwords)
for word in the 的; do
    grep -Eq "\"word\": ?\"$word\"" <<< "$all" || fail "'$word' is not in the demo at all (--no-stopwords)"
    ! grep -Eq "\"word\": ?\"$word\"" <<< "$words" || fail "the stop word '$word' was counted: no stop-word list found"
done
grep -Eq '"word": ?"[^"]+"' <<< "$words" || fail "words lists nothing"
# report needs Qt Gui: marginalia-cli hands it to the installed marginalia-cli-full (demo above went the same way).
"$cli" report "$project" --out "$tmp/demo.pdf" > /dev/null || fail "marginalia-cli report failed"
[ "$(head -c 5 "$tmp/demo.pdf")" = "%PDF-" ] || fail "marginalia-cli report wrote no PDF"
# In German: marginalia-cli-full finds share/marginalia/translations from libexec/marginalia.
"$cli" report "$project" --out "$tmp/demo.html" --language de > /dev/null || fail "marginalia-cli report --language de failed"
# The light program itself loads neither Qt Gui, Poppler nor libpq.
! ldd "$cli" | grep -Eq 'libQt6Gui|libpoppler|libpq' || fail "the installed marginalia-cli loads Qt Gui, Poppler or libpq"

echo "== the installed GUI's translations"
# German through the environment as a desktop session sets it; the translation must come from the
# installed folder (not only from the copy embedded in the program), and translate the help.
help=$(LANGUAGE=de LC_ALL=de_DE.UTF-8 QT_LOGGING_RULES='marginalia.translations.info=true' \
       timeout 60 "$usr/bin/marginalia" --help 2> "$tmp/gui.log") \
    || { cat "$tmp/gui.log"; fail "marginalia --help failed or did not quit"; }
grep -q "loaded $usr/share/marginalia/translations/marginalia_de.qm" "$tmp/gui.log" \
    || { cat "$tmp/gui.log"; fail "the GUI did not load the installed German translation"; }
english=$(LANGUAGE=en LC_ALL=C timeout 60 "$usr/bin/marginalia" --help 2> /dev/null)
[ "$help" != "$english" ] || fail "the German --help is the same as the English one"

echo "== desktop entry, AppStream, man pages"
desktop-file-validate "$usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -q '^Exec=marginalia %f$' "$usr/share/applications/$app_id.desktop" || fail "Exec does not pass the file"
for program in marginalia marginalia-cli; do
    page=$(gzip -dc "$usr/share/man/man1/$program.1.gz")
    grep -q '^\.SH SYNOPSIS' <<< "$page" || fail "the $program man page has no SYNOPSIS"
done
# The CLI page carries the whole help: each line of `marginalia-cli help`, with roff's \- for -.
while IFS= read -r line; do
    [ -n "$line" ] || continue
    escaped=$(sed -e 's/^ *//' -e 's/^usage: //' -e 's/:$//' -e 's/\\/\\e/g' -e 's/-/\\-/g' <<< "$line")
    grep -Fq -- "$escaped" <<< "$(gzip -dc "$usr/share/man/man1/marginalia-cli.1.gz")" \
        || fail "the marginalia-cli man page lacks the help line: $line"
done < <("$cli" help)

echo "== MIME types"
mime=$tmp/mime-root
mkdir -p "$mime"
cp -r "$usr/share/mime" "$mime/"
update-mime-database "$mime/mime" > /dev/null 2>&1
export XDG_DATA_DIRS=$mime:/usr/share
type_of() { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
cp "$project" "$tmp/renamed"          # a project without its extension
cp "$project" "$tmp/other"            # the same database with another application_id
printf '\0\0\0\0' | dd of="$tmp/other" bs=1 seek=68 conv=notrunc status=none
"$cli" export-qdpx "$project" "$tmp/demo.qdpx" > /dev/null || fail "export-qdpx failed"
[ "$(type_of "$project")" = application/x-marginalia ] || fail "demo.marginalia is $(type_of "$project")"
[ "$(type_of "$tmp/renamed")" = application/x-marginalia ] || fail "a renamed project is $(type_of "$tmp/renamed")"
[ "$(type_of "$tmp/other")" = application/vnd.sqlite3 ] || fail "another SQLite file is $(type_of "$tmp/other")"
[ "$(type_of "$tmp/demo.qdpx")" = application/x-qdpx ] || fail "demo.qdpx is $(type_of "$tmp/demo.qdpx")"
echo "PASS"
