<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityCheckIns</name>
    <message numerus="yes">
        <source>“%1” has %n check-in(s) recorded on %2: moved to another day or made another kind of activity, it would leave them on that day. Clear them in the check-in grid first, or add another activity.</source>
        <translation>
            <numerusform>“%1” has %n check-in recorded on %2: moved to another day or made another kind of activity, it would leave it on that day. Clear it in the check-in grid first, or add another activity.</numerusform>
            <numerusform>“%1” has %n check-ins recorded on %2: moved to another day or made another kind of activity, it would leave them on that day. Clear them in the check-in grid first, or add another activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityRemoval</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copied line(s)</source>
        <translation>
            <numerusform>%n copied line</numerusform>
            <numerusform>%n copied lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddedMembers</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) a sign-up list taught</source>
        <translation>
            <numerusform>%n name a sign-up list taught</numerusform>
            <numerusform>%n names a sign-up list taught</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat account(s) matched to them</source>
        <translation>
            <numerusform>%n chat account matched to them</numerusform>
            <numerusform>%n chat accounts matched to them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in other camps</source>
        <translation>
            <numerusform>%n place in another camp</numerusform>
            <numerusform>%n places in other camps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) they own or speak at</source>
        <translation>
            <numerusform>%n activity they own or speak at</numerusform>
            <numerusform>%n activities they own or speak at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subgroup(s) they lead</source>
        <translation>
            <numerusform>%n subgroup they lead</numerusform>
            <numerusform>%n subgroups they lead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::AutoSplitDialog</name>
    <message numerus="yes">
        <source>%n participant(s) are split; staff stay where they are. Core and seed members are spread evenly.</source>
        <translation>
            <numerusform>%n participant are split; staff stay where they are. Core and seed member are spread evenly.</numerusform>
            <numerusform>%n participants are split; staff stay where they are. Core and seed members are spread evenly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-split %n member(s) into %1 subgroups</source>
        <translation>
            <numerusform>Auto-split %n member into %1 subgroups</numerusform>
            <numerusform>Auto-split %n members into %1 subgroups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::CampOverviewWidget</name>
    <message numerus="yes">
        <source>Preparation starts in %n day(s)</source>
        <translation>
            <numerusform>Preparation starts in %n day</numerusform>
            <numerusform>Preparation starts in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First lesson in %n day(s)</source>
        <translation>
            <numerusform>First lesson in %n day</numerusform>
            <numerusform>First lesson in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrap-up after %n course day(s)</source>
        <translation>
            <numerusform>Wrap-up after %n course day</numerusform>
            <numerusform>Wrap-up after %n course days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n day(s) ago</source>
        <translation>
            <numerusform>Finished %n day ago</numerusform>
            <numerusform>Finished %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the roster by role (%n in all):</source>
        <translation>
            <numerusform>On the roster by role (%n in all):</numerusform>
            <numerusform>On the roster by role (%n in all):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned activity(ies) are now on another part of the camp; check them in the agenda:</source>
        <translation>
            <numerusform>%n planned activity is now on another part of the camp; check it in the agenda:</numerusform>
            <numerusform>%n planned activities are now on another part of the camp; check them in the agenda:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::ChatImportDialog</name>
    <message numerus="yes">
        <source>%n warning(s); they are listed after the import.</source>
        <translation>
            <numerusform>%n warning; they are listed after the import.</numerusform>
            <numerusform>%n warnings; they are listed after the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the file could not be read and were not imported; the lines are listed below.</source>
        <translation>
            <numerusform>%n message of the file could not be read and was not imported; its line is listed below.</numerusform>
            <numerusform>%n messages of the file could not be read and were not imported; the lines are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) are not mapped to a member yet; map them under “Chat identities”.</source>
        <translation>
            <numerusform>%n sender is not mapped to a member yet; map them under “Chat identities”.</numerusform>
            <numerusform>%n senders are not mapped to a member yet; map them under “Chat identities”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more member(s)</source>
        <translation>
            <numerusform>; and %n more member</numerusform>
            <numerusform>; and %n more members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) in the chat were not recorded: the member was not in the camp that day (%1). If their dates are wrong, correct them in the roster and tick these days in the check-in grid.</source>
        <translation>
            <numerusform>%n check-in in the chat was not recorded: the member was not in the camp that day (%1). If their dates are wrong, correct them in the roster and tick these days in the check-in grid.</numerusform>
            <numerusform>%n check-ins in the chat were not recorded: their members were not in the camp on those days (%1). If their dates are wrong, correct them in the roster and tick these days in the check-in grid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::CheckInGridModel</name>
    <message numerus="yes">
        <source>%n so far</source>
        <translation>
            <numerusform>%n so far</numerusform>
            <numerusform>%n so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n change(s) before the oldest one listed.</source>
        <translation>
            <numerusform>Show the change before the oldest one listed.</numerusform>
            <numerusform>Show the %n changes before the oldest one listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n change(s), newest first.</source>
        <translation>
            <numerusform>The newest %1 of %n change, newest first.</numerusform>
            <numerusform>The newest %1 of %n changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::JielongDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched</source>
        <translation>
            <numerusform>%n matched</numerusform>
            <numerusform>%n matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unmatched: choose a member or leave them skipped</source>
        <translation>
            <numerusform>%n left unmatched: choose a member or leave them skipped</numerusform>
            <numerusform>%n left unmatched: choose a member or leave them skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) recorded for %1 from the sign-up list</source>
        <translation>
            <numerusform>%n check-in recorded for %1 from the sign-up list</numerusform>
            <numerusform>%n check-ins recorded for %1 from the sign-up list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already checked in</source>
        <translation>
            <numerusform>%n already checked in</numerusform>
            <numerusform>%n already checked in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the camp that day (joined later or left), not recorded</source>
        <translation>
            <numerusform>%n not in the camp that day (joined later or left), not recorded</numerusform>
            <numerusform>%n not in the camp that day (joined later or left), not recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::MainWindow</name>
    <message numerus="yes">
        <source>%n activity(ies) planned before are now on another part of the camp: the Overview lists them.</source>
        <translation>
            <numerusform>%n activity planned before is now on another part of the camp: the Overview lists it.</numerusform>
            <numerusform>%n activities planned before are now on another part of the camp: the Overview lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::MemberStripWidget</name>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n message</numerusform>
            <numerusform>%1: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: checked in, %n message(s)</source>
        <translation>
            <numerusform>%1: checked in, %n message</numerusform>
            <numerusform>%1: checked in, %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::NewPlannedCampDialog</name>
    <message numerus="yes">
        <source>%n activities from %1 to %2</source>
        <translation>
            <numerusform>%n activity from %1 to %2</numerusform>
            <numerusform>%n activities from %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::ParticipationView</name>
    <message numerus="yes">
        <source>Check in %n cell(s)</source>
        <translation>
            <numerusform>Check in %n cell</numerusform>
            <numerusform>Check in %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n check-in(s)</source>
        <translation>
            <numerusform>Clear %n check-in</numerusform>
            <numerusform>Clear %n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::PlanView</name>
    <message numerus="yes">
        <source>Calendar of %n activity(ies) saved to %1</source>
        <translation>
            <numerusform>Calendar of %n activity saved to %1</numerusform>
            <numerusform>Calendar of %n activities saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::ReviewView</name>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n member</numerusform>
            <numerusform>%1: %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course day(s) below the active-rate target</source>
        <translation>
            <numerusform>%n course day below the active-rate target</numerusform>
            <numerusform>%n course days below the active-rate target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::RosterImportDialog</name>
    <message numerus="yes">
        <source>%1 · %2 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n row</numerusform>
            <numerusform>%1 · %2 · %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n row(s) with the name of someone known join that person.</source>
        <translation>
            <numerusform> %n row with the name of someone known joins that person.</numerusform>
            <numerusform> %n rows with the name of someone known join that person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n of the new people share a name with someone known; tick “%1” to join them instead.</source>
        <translation>
            <numerusform> %n of the new people shares a name with someone known; tick “%1” to join them instead.</numerusform>
            <numerusform> %n of the new people share a name with someone known; tick “%1” to join them instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::RosterView</name>
    <message numerus="yes">
        <source>%n members selected.</source>
        <translation>
            <numerusform>%n member selected.</numerusform>
            <numerusform>%n members selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the role of %n member(s)</source>
        <translation>
            <numerusform>Set the role of %n member</numerusform>
            <numerusform>Set the role of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the status of %n member(s)</source>
        <translation>
            <numerusform>Set the status of %n member</numerusform>
            <numerusform>Set the status of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n member(s) to a subgroup</source>
        <translation>
            <numerusform>Move %n member to a subgroup</numerusform>
            <numerusform>Move %n members to a subgroup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n member(s) “%1”</source>
        <translation>
            <numerusform>Tag %n member “%1”</numerusform>
            <numerusform>Tag %n members “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::SpeechCardDelegate</name>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>used %n time</numerusform>
            <numerusform>used %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::SpeechView</name>
    <message numerus="yes">
        <source>Copied “%1” (used %n time(s)).</source>
        <translation>
            <numerusform>Copied “%1” (used %n time).</numerusform>
            <numerusform>Copied “%1” (used %n times).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::SubgroupBoard</name>
    <message numerus="yes">
        <source>Move %n members to %1</source>
        <translation>
            <numerusform>Move %n member to %1</numerusform>
            <numerusform>Move %n members to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampRepository</name>
    <message numerus="yes">
        <source>Camp “%1” holds %n chat message(s) whose days were counted in %2; in %3 some would fall on another day. Its time zone stays: to change it, remove the camp&apos;s chat imports, change the zone, and import them again.</source>
        <translation>
            <numerusform>Camp “%1” holds %n chat message whose day was counted in %2; in %3 it could fall on another day. Its time zone stays: to change it, remove the camp&apos;s chat imports, change the zone, and import them again.</numerusform>
            <numerusform>Camp “%1” holds %n chat messages whose days were counted in %2; in %3 some would fall on another day. Its time zone stays: to change it, remove the camp&apos;s chat imports, change the zone, and import them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatChoice</name>
    <message numerus="yes">
        <source>The file holds %n chat(s): %1. CampDesk imports one chat into a camp; choose the one to import.</source>
        <translation>
            <numerusform>The file holds %n chat: %1. CampDesk imports one chat into a camp; choose the one to import.</numerusform>
            <numerusform>The file holds %n chats: %1. CampDesk imports one chat into a camp; choose the one to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) of the file are named “%1”; choose one by its place in the list: %2.</source>
        <translation>
            <numerusform>%n chat of the file is named “%1”; choose one by its place in the list: %2.</numerusform>
            <numerusform>%n chats of the file are named “%1”; choose one by its place in the list: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>#%1 “%2” (%n message(s))</source>
        <translation>
            <numerusform>#%1 “%2” (%n message)</numerusform>
            <numerusform>#%1 “%2” (%n messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatFileReader</name>
    <message numerus="yes">
        <source>line %1: %n message(s) held a NUL character, which no chat shows and a team workspace cannot store. Each was kept with it replaced by U+FFFD.</source>
        <translation>
            <numerusform>line %1: %n message held a NUL character, which no chat shows and a team workspace cannot store. It was kept with it replaced by U+FFFD.</numerusform>
            <numerusform>line %1: %n messages held a NUL character, which no chat shows and a team workspace cannot store. Each was kept with it replaced by U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n byte sequence(s) of this UTF-8 file are not UTF-8 (a stray byte, or a character cut short); each was read as U+FFFD, the rest of the file as UTF-8. Check the names on that line.</source>
        <translation>
            <numerusform>line %1: %n byte sequence of this UTF-8 file is not UTF-8 (a stray byte, or a character cut short); it was read as U+FFFD, the rest of the file as UTF-8. Check the names on that line.</numerusform>
            <numerusform>line %1: %n byte sequences of this UTF-8 file are not UTF-8 (a stray byte, or a character cut short); each was read as U+FFFD, the rest of the file as UTF-8. Check the names on that line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Course: %1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>Course: %1 – %2 (%n day)</numerusform>
            <numerusform>Course: %1 – %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 could not be read and were not imported (the lines are listed above); the rest was imported.</source>
        <translation>
            <numerusform>%n message of %1 could not be read and was not imported (its line is listed above); the rest was imported.</numerusform>
            <numerusform>%n messages of %1 could not be read and were not imported (the lines are listed above); the rest was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) share a name with someone known and join them (--accept-merges).</source>
        <translation>
            <numerusform>%n row shares a name with someone known and joins them (--accept-merges).</numerusform>
            <numerusform>%n rows share a name with someone known and join them (--accept-merges).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) share a name with someone known and become new people; --accept-merges joins them instead.</source>
        <translation>
            <numerusform>%n row shares a name with someone known and becomes a new person; --accept-merges joins them instead.</numerusform>
            <numerusform>%n rows share a name with someone known and become new people; --accept-merges joins them instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n member(s) to %1</source>
        <translation>
            <numerusform>Wrote %n member to %1</numerusform>
            <numerusform>Wrote %n members to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2.</source>
        <translation>
            <numerusform>Copied %n row from %1 to %2.</numerusform>
            <numerusform>Copied %n rows from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no backup %2; workspace backups lists its %n backup(s).</source>
        <translation>
            <numerusform>%1 has no backup %2; workspace backups lists its %n backup.</numerusform>
            <numerusform>%1 has no backup %2; workspace backups lists its %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 could not be used and were not added (the reasons are listed above); the rest was added.</source>
        <translation>
            <numerusform>%n row of %1 could not be used and was not added (the reason is listed above); the rest was added.</numerusform>
            <numerusform>%n rows of %1 could not be used and were not added (the reasons are listed above); the rest was added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 could not be used and would not be added (the reasons are listed above).</source>
        <translation>
            <numerusform>%n row of %1 could not be used and would not be added (the reason is listed above).</numerusform>
            <numerusform>%n rows of %1 could not be used and would not be added (the reasons are listed above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) named in %1 were not in the camp that day and were not recorded.</source>
        <translation>
            <numerusform>%n member named in %1 was not in the camp that day and was not recorded.</numerusform>
            <numerusform>%n members named in %1 were not in the camp that day and were not recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) of %1 matched no member and were not recorded (listed above).</source>
        <translation>
            <numerusform>%n entry of %1 matched no member and was not recorded (listed above).</numerusform>
            <numerusform>%n entries of %1 matched no member and were not recorded (listed above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) in the chat were not recorded: the member was not in the camp that day. If their dates are wrong, correct them in the roster and tick these days in the check-in grid:</source>
        <translation>
            <numerusform>%n check-in in the chat was not recorded: the member was not in the camp that day. If their dates are wrong, correct them in the roster and tick these days in the check-in grid:</numerusform>
            <numerusform>%n check-ins in the chat were not recorded: their members were not in the camp on those days. If their dates are wrong, correct them in the roster and tick these days in the check-in grid:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 were added without some of their values (listed above).</source>
        <translation>
            <numerusform>%n row of %1 was added without some of its values (listed above).</numerusform>
            <numerusform>%n rows of %1 were added without some of their values (listed above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 would be added without some of their values (listed above).</source>
        <translation>
            <numerusform>%n row of %1 would be added without some of its values (listed above).</numerusform>
            <numerusform>%n rows of %1 would be added without some of their values (listed above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateOrderDecider</name>
    <message numerus="yes">
        <source>as it puts %n date(s) in the camp&apos;s days where the other order puts %1</source>
        <translation>
            <numerusform>as it puts %n date in the camp&apos;s days where the other order puts %1</numerusform>
            <numerusform>as it puts %n dates in the camp&apos;s days where the other order puts %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteActivitiesCommand</name>
    <message numerus="yes">
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Delete %n activity</numerusform>
            <numerusform>Delete %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteSpeechesCommand</name>
    <message numerus="yes">
        <source>Delete %n lines</source>
        <translation>
            <numerusform>Delete %n line</numerusform>
            <numerusform>Delete %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%n rows from %1</source>
        <translation>
            <numerusform>%n row from %1</numerusform>
            <numerusform>%n rows from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JielongMatcher</name>
    <message numerus="yes">
        <source>The text holds %n lists (%1); the entries of all of them are recorded for the one day chosen.</source>
        <translation>
            <numerusform>The text holds %n list (%1); its entries are recorded for the day chosen.</numerusform>
            <numerusform>The text holds %n lists (%1); the entries of all of them are recorded for the one day chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of “%1” differ from its longest copy before their last entry and added nothing: an entry edited or withdrawn, or two members&apos; lists apart. Check them in the chat.</source>
        <translation>
            <numerusform>%n copy of “%1” differs from its longest copy before its last entry and added nothing: an entry edited or withdrawn, or two members&apos; lists apart. Check it in the chat.</numerusform>
            <numerusform>%n copies of “%1” differ from its longest copy before their last entry and added nothing: an entry edited or withdrawn, or two members&apos; lists apart. Check them in the chat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message numerus="yes">
        <source>The window showed %n message(s) while the screenshot was taken (above).</source>
        <translation>
            <numerusform>The window showed %n message while the screenshot was taken (above).</numerusform>
            <numerusform>The window showed %n messages while the screenshot was taken (above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTemplate</name>
    <message numerus="yes">
        <source>“%1” is planned %n day(s) before the course, but this camp has no preparation days: it is placed on the first course day, %2.</source>
        <translation>
            <numerusform>“%1” is planned %n day before the course, but this camp has no preparation days: it is placed on the first course day, %2.</numerusform>
            <numerusform>“%1” is planned %n days before the course, but this camp has no preparation days: it is placed on the first course day, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is planned %n day(s) before the course, before this camp&apos;s preparation starts: it is placed on its first day, %2.</source>
        <translation>
            <numerusform>“%1” is planned %n day before the course, before this camp&apos;s preparation starts: it is placed on its first day, %2.</numerusform>
            <numerusform>“%1” is planned %n days before the course, before this camp&apos;s preparation starts: it is placed on its first day, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is planned on course day %2, but this camp has %n course day(s): it falls on %3, after them.</source>
        <translation>
            <numerusform>“%1” is planned on course day %2, but this camp has %n course day: it falls on %3, after it.</numerusform>
            <numerusform>“%1” is planned on course day %2, but this camp has %n course days: it falls on %3, after them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is planned %n day(s) before the last course day, but this camp&apos;s course is shorter: it falls on %2, before the course.</source>
        <translation>
            <numerusform>“%1” is planned %n day before the last course day, but this camp&apos;s course is shorter: it falls on %2, before the course.</numerusform>
            <numerusform>“%1” is planned %n days before the last course day, but this camp&apos;s course is shorter: it falls on %2, before the course.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is planned %n day(s) after the course, after this camp&apos;s wrap-up ends: it falls on %2.</source>
        <translation>
            <numerusform>“%1” is planned %n day after the course, after this camp&apos;s wrap-up ends: it falls on %2.</numerusform>
            <numerusform>“%1” is planned %n days after the course, after this camp&apos;s wrap-up ends: it falls on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message numerus="yes">
        <source>Course day (%n day(s) without a figure)</source>
        <translation>
            <numerusform>Course day (%n day without a figure)</numerusform>
            <numerusform>Course day (%n days without a figure)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewHeadline</name>
    <message numerus="yes">
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1 (%n left)</numerusform>
            <numerusform>%1 (%n left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the average of its type (%2 who spoke, over %n activities)</source>
        <translation>
            <numerusform>%1 of the average of its type (%2 who spoke, over %n activity)</numerusform>
            <numerusform>%1 of the average of its type (%2 who spoke, over %n activities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %1 of the average of its type (%2 who spoke, over %n activities)</source>
        <translation>
            <numerusform>only %1 of the average of its type (%2 who spoke, over %n activity)</numerusform>
            <numerusform>only %1 of the average of its type (%2 who spoke, over %n activities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily active rate (%n day(s) outside the course)</source>
        <translation>
            <numerusform>Daily active rate (%n day outside the course)</numerusform>
            <numerusform>Daily active rate (%n days outside the course)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) dated %1 to %2, more than a year away from this camp&apos;s days, are not in these figures (messages: %3, check-ins: %4).</source>
        <translation>
            <numerusform>%n item dated %1 to %2, more than a year away from this camp&apos;s days, is not in these figures (messages: %3, check-ins: %4).</numerusform>
            <numerusform>%n items dated %1 to %2, more than a year away from this camp&apos;s days, are not in these figures (messages: %3, check-ins: %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nobody spoke at any of the %n activities of its type</source>
        <translation>
            <numerusform>nobody spoke at the %n activity of its type</numerusform>
            <numerusform>nobody spoke at any of the %n activities of its type</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message numerus="yes">
        <source>silent for %n day(s)</source>
        <translation>
            <numerusform>silent for %n day</numerusform>
            <numerusform>silent for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message numerus="yes">
        <source>line %1: %n people known already share the name “%2”; the row becomes a new person (merge it by hand if it is one of them)</source>
        <translation>
            <numerusform>line %1: %n person known already has the name “%2”; the row becomes a new person (merge it by hand if it is them)</numerusform>
            <numerusform>line %1: %n people known already share the name “%2”; the row becomes a new person (merge it by hand if it is one of them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeechLibrary</name>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) that post them</source>
        <translation>
            <numerusform>%n activity that posts them</numerusform>
            <numerusform>%n activities that post them</numerusform>
        </translation>
    </message>
</context>
</TS>
