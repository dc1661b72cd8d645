<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Tidings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
