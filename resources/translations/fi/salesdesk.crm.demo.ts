<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Demo</name>
    <message>
        <source>The funnel needs open, won and lost stages for demo data.</source>
        <translation>Esimerkkitiedot tarvitsevat myyntiputkeen avoimia, voitettuja ja menetettyjä vaiheita.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>The number of leads must be at least 1.</source>
        <translation>Liidejä on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>At most 1,000,000 demo leads at a time.</source>
        <translation>Enintään 1 000 000 esimerkkiliidiä kerralla.</translation>
    </message>
</context>
</TS>
