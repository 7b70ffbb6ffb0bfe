"""What a PDF says about itself: the document information dictionary and the XMP packet.

Both carry the same values, as PDF/A requires; the XMP packet also declares the standards the
file claims (PDF/UA-1 always, PDF/A when asked), with the extension schema PDF/A needs for the
PDF/UA property, which is not among the schemas PDF/A predefines.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import NamedTuple

from db.rows import SheetContent

CREATOR = "Factsheet"
DEFAULT_LANGUAGE = "en"
"""BCP 47, for a sheet whose fact file names no language."""


class PdfA(NamedTuple):
    """A PDF/A level: part 2 or 3, conformance B (the look is preserved; the text is not
    guaranteed to be tagged by that standard, though ours is, for PDF/UA)."""

    part: int
    conformance: str = "B"

    @property
    def allows_attachments(self) -> bool:
        """Only PDF/A-3 may embed files that are not themselves PDF/A."""
        return self.part >= 3


PDF_A_LEVELS = {"2b": PdfA(2), "3b": PdfA(3)}
"""The levels ``factsheet export --pdfa`` offers."""


class DocumentInfo(NamedTuple):
    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    language: str
    producer: str
    created: datetime

    def info_entries(self) -> dict[str, str]:
        """The document information dictionary, keys without their slash."""
        stamp = self.created.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")
        return {
            "Title": self.title,
            "Author": self.author,
            "Subject": self.subject,
            "Keywords": ", ".join(self.keywords),
            "Creator": CREATOR,
            "Producer": self.producer,
            "CreationDate": stamp,
            "ModDate": stamp,
        }


def sheet_info(content: SheetContent, *, producer: str) -> DocumentInfo:
    detail = content.detail
    words = ["fact sheet", detail.event, detail.place]
    if detail.organization:
        words += [detail.organization.name, detail.organization.abbreviation]
    return DocumentInfo(
        title=f"{detail.title} — Fact sheet",
        author=detail.source.publisher,
        subject=f"Fact sheet: {detail.event}, {detail.place}",
        keywords=tuple(word for word in words if word),
        language=detail.language or DEFAULT_LANGUAGE,
        producer=producer,
        created=datetime.now(UTC).replace(microsecond=0),
    )


def _xml(value: str) -> str:
    return escape(value, quote=True)


_PDFUA_EXTENSION_SCHEMA = """
  <rdf:Description rdf:about=""
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
     <pdfaProperty:name>part</pdfaProperty:name>
     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
     <pdfaProperty:category>internal</pdfaProperty:category>
     <pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>
    </rdf:li></rdf:Seq></pdfaSchema:property>
   </rdf:li></rdf:Bag></pdfaExtension:schemas>
  </rdf:Description>"""


def xmp_packet(info: DocumentInfo, *, pdfua: bool, pdfa: PdfA | None) -> bytes:
    """The XMP packet; ``pdfua`` and ``pdfa`` are the standards the file claims."""
    stamp = info.created.astimezone(UTC).isoformat()
    bag = "".join(f"<rdf:li>{_xml(word)}</rdf:li>" for word in info.keywords)
    claims = ""
    if pdfua:
        claims += '\n    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" pdfuaid:part="1"'
    if pdfa is not None:
        claims += (
            '\n    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'
            f' pdfaid:part="{pdfa.part}" pdfaid:conformance="{pdfa.conformance}"'
        )
    extension = _PDFUA_EXTENSION_SCHEMA if pdfua and pdfa is not None else ""
    document = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"{claims}>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_xml(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{_xml(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:subject><rdf:Bag>{bag}</rdf:Bag></dc:subject>
   <dc:language><rdf:Bag><rdf:li>{_xml(info.language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{_xml(", ".join(info.keywords))}</pdf:Keywords>
   <pdf:Producer>{_xml(info.producer)}</pdf:Producer>
   <xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
   <xmp:ModifyDate>{stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>{stamp}</xmp:MetadataDate>
  </rdf:Description>{extension}
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return document.encode("utf-8")
