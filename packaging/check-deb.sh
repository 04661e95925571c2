#!/usr/bin/env bash
# Checks that a built CampDesk .deb holds everything a user needs.
set -euo pipefail
deb=${1:?usage: check-deb.sh campdesk_VERSION_ARCH.deb}
contents=$(dpkg-deb -c "$deb")
status=0
for path in \
    ./usr/bin/campdesk \
    ./usr/bin/campdesk-cli \
    ./usr/share/applications/io.campdesk.CampDesk.desktop \
    ./usr/share/metainfo/io.campdesk.CampDesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.campdesk.CampDesk.svg \
    ./usr/share/mime/packages/campdesk-workspace.xml \
    ./usr/share/doc/campdesk/copyright \
    ./usr/share/campdesk/translations/campdesk_zh_CN.qm \
    ./usr/share/campdesk/translations/campdesk_en.qm; do
    if ! grep -q " $path\$" <<<"$contents"; then
        echo "check-deb: missing $path" >&2
        status=1
    fi
done
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite; do
    if ! grep -q "$needed" <<<"$depends"; then
        echo "check-deb: Depends lacks $needed: $depends" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "check-deb: $(basename "$deb") holds binaries, desktop file, metainfo, icon, MIME type, translations and licence"
exit $status
