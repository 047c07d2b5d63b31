<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Privacy</name>
    <message>
        <source>Contact {id} does not exist.</source>
        <translation>Kontaktia {id} ei ole.</translation>
    </message>
    <message>
        <source>(nothing stored)</source>
        <translation>(ei tallennettuja tietoja)</translation>
    </message>
    <message>
        <source>Follow-up (erased contact)</source>
        <translation>Seuranta (poistettu kontakti)</translation>
    </message>
    <message>
        <source>Erased contact {id}</source>
        <translation>Poistettu kontakti {id}</translation>
    </message>
    <message>
        <source>No contact with the id {ids}.</source>
        <translation>Kontaktia ei ole numerolla {ids}.</translation>
    </message>
</context>
</TS>
