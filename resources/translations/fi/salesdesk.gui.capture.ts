<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event, e.g. Alihankinta 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>040 123 4567 or name@company.fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone or e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan follow-ups for this event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Already a contact: the new lead was added to it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture – {count} saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan follow-ups for an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} ({count} leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot: call the next working day · Warm: e-mail within 3 days · Cold: nurture in 2 weeks. Edit kind, date and title, or untick a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} follow-ups will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lead of this event already has a planned follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} follow-ups planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
