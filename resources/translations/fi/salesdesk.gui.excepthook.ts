<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Errors</name>
    <message>
        <source>SalesDesk</source>
        <translation>SalesDesk</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <source>SalesDesk ran into an unexpected error. Your saved data is safe.</source>
        <translation>SalesDeskissä tapahtui odottamaton virhe. Tallennetut tietosi ovat tallessa.</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>Tarkemmat tiedot kirjoitettiin tiedostoon {path}</translation>
    </message>
</context>
</TS>
