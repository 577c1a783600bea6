"""The default theme catalogue from the BSB Oslo final report."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    """A catalogue theme: a stable code, names in bokmål and English, its parent, and its name in nynorsk."""

    code: str
    name_nb: str
    name_en: str
    parent_code: str | None = None
    name_nn: str = ""


DEFAULT_THEMES: tuple[Theme, ...] = (
    Theme("3", "Gjennomgående tema", "Cross-cutting themes",
          name_nn="Gjennomgåande tema"),
    Theme("3.1", "Holdninger – hvordan man blir møtt", "Attitudes – how users are met", "3",
          name_nn="Haldningar – korleis ein blir møtt"),
    Theme("3.2", "Brukermedvirkning", "User involvement", "3",
          name_nn="Brukarmedverknad"),
    Theme("3.3", "Brukerorganisasjoner og frivillige organisasjoner", "User and voluntary organisations", "3",
          name_nn="Brukarorganisasjonar og frivillige organisasjonar"),
    Theme("3.4", "Informasjon", "Access to information", "3",
          name_nn="Informasjon"),
    Theme("3.5", "Tilgjengelighet", "Accessibility", "3",
          name_nn="Tilgjenge"),
    Theme("3.6", "Mestring og selvstendighet", "Coping and independence", "3",
          name_nn="Meistring og sjølvstende"),
    Theme("3.7", "Planmessighet", "Planning and predictability", "3",
          name_nn="Planmessigheit"),
    Theme("3.8", "Tilgang på spesialisthelsetjenester", "Access to specialist health services", "3",
          name_nn="Tilgang på spesialisthelsetenester"),
    Theme("3.9", "Samhandling og samarbeid (DPS, internt, NAV, frivillige)", "Coordination and cooperation", "3",
          name_nn="Samhandling og samarbeid (DPS, internt, NAV, frivillige)"),
    Theme("3.10", "Kultur og psykisk helse", "Culture and mental health", "3",
          name_nn="Kultur og psykisk helse"),
    Theme("4", "Tjenester og tiltak", "Services and measures",
          name_nn="Tenester og tiltak"),
    Theme("4.1", "Psykisk helsearbeid", "Municipal mental health work", "4",
          name_nn="Psykisk helsearbeid"),
    Theme("4.2", "Individuell plan (IP)", "Individual plan", "4",
          name_nn="Individuell plan (IP)"),
    Theme("4.3", "Ansvarsgruppe / samarbeidsmøter", "Responsibility group / collaborative meetings", "4",
          name_nn="Ansvarsgruppe / samarbeidsmøte"),
    Theme("4.4", "Boligsituasjonen", "Housing", "4",
          name_nn="Busituasjonen"),
    Theme("4.5", "Samlokaliserte boliger", "Co-located supported housing", "4",
          name_nn="Samlokaliserte bustader"),
    Theme("4.6", "Ansatte ved samlokaliserte boliger", "Staff at supported housing", "4",
          name_nn="Tilsette ved samlokaliserte bustader"),
    Theme("4.7", "Hjemmetjenester", "Home services", "4",
          name_nn="Heimetenester"),
    Theme("4.8", "Fastlegen", "General practitioner", "4",
          name_nn="Fastlegen"),
    Theme("4.9", "Legevakt og krisetilbud", "Out-of-hours and crisis services", "4",
          name_nn="Legevakt og krisetilbod"),
    Theme("4.10", "Aktivitetshus", "Activity centres", "4",
          name_nn="Aktivitetshus"),
    Theme("4.11", "Støttekontakt og fritidskonsulenter", "Support contacts and leisure consultants", "4",
          name_nn="Støttekontakt og fritidskonsulentar"),
    Theme("4.12", "NAV (arbeid, sosialtjeneste, økonomi)", "NAV (work, social services, money)", "4",
          name_nn="NAV (arbeid, sosialteneste, økonomi)"),
)
"""Two parent headings and their 22 themes, in report order."""
