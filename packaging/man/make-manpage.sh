#!/bin/sh
# Writes a man page (roff) for PROGRAM from the help text the built program prints, so the page
# says exactly what `PROGRAM help` / `PROGRAM --help` says and cannot drift from it.
#   make-manpage.sh NAME SECTION VERSION "ONE-LINE SUMMARY" "SEE ALSO" OUTPUT -- COMMAND...
# The help text's shape: a "usage:" line (SYNOPSIS), then paragraphs; an unindented line ending
# in ":" starts a subsection; indented lines are kept as they are (commands and options).
set -eu
name=$1 section=$2 version=$3 summary=$4 seealso=$5 output=$6
shift 6
[ "$1" = "--" ] && shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
help=$work/help.txt
# The help must come out in English whatever the builder's language and settings are: no locale,
# an empty settings folder (the GUI reads its language setting), no display needed. The program
# must print its help and quit before any window or dialog: a time limit turns a wait into an
# error; leak checking (sanitizer builds) has no say in what the help is.
mkdir -m 700 "$work/runtime"
LC_ALL=C LANGUAGE= XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen \
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" timeout 60 "$@" > "$help" \
    || { echo "make-manpage.sh: '$*' failed or did not quit within 60 s" >&2; exit 1; }
[ -s "$help" ] || { echo "make-manpage.sh: '$*' printed no help" >&2; exit 1; }

# Roff escapes: backslash first, then minus signs (so options copy as ASCII); a line that would
# start with a control character (. or ') gets \& in front (awk's text() below).
escape() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g'; }
upper=$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')
{
    printf '.TH %s %s "" "Marginalia %s" "User Commands"\n' "$(printf '%s' "$upper" | escape)" "$section" "$version"
    printf '.SH NAME\n%s \\- %s\n' "$(printf '%s' "$name" | escape)" "$(printf '%s' "$summary" | escape)"
    escape < "$help" | awk -v program="$(printf '%s' "$name" | escape)" '
        BEGIN { verbatim = 0; started = 0 }
        function text(line) { if (line ~ /^[.\047]/) line = "\\&" line; print line; started = 1 }
        function endVerbatim() { if (verbatim) { print ".fi"; print ".RE"; verbatim = 0 } }
        tolower($0) ~ /^usage: / {
            sub(/^[Uu]sage: [^ ]*/, program)   # the name, not the path the program was run by
            print ".SH SYNOPSIS"; print ".nf"; text($0); print ".fi"
            print ".SH DESCRIPTION"; started = 0; next
        }
        /^$/ { endVerbatim(); if (started) print ".PP"; next }
        /^[ \t]/ {
            if (!verbatim) { print ".RS 2"; print ".nf"; verbatim = 1 }
            sub(/^  /, ""); text($0); next
        }
        /:$/ { endVerbatim(); sub(/:$/, ""); print ".SS " $0; started = 1; next }
        { endVerbatim(); text($0) }
        END { endVerbatim() }'
    printf '.SH SEE ALSO\n%s\n' "$(printf '%s' "$seealso" | escape)"
} > "$output.tmp"
mv "$output.tmp" "$output"
