--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: absence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.absence (
    id integer NOT NULL,
    sheet_id integer NOT NULL,
    fact_id integer NOT NULL,
    person_id integer NOT NULL,
    party_id integer NOT NULL,
    sent_person_id integer,
    title text NOT NULL,
    reason text NOT NULL
);


--
-- Name: absence_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.absence_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: absence_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.absence_id_seq OWNED BY public.absence.id;


--
-- Name: attendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendance (
    id integer NOT NULL,
    sheet_id integer NOT NULL,
    fact_id integer NOT NULL,
    person_id integer NOT NULL,
    party_id integer NOT NULL,
    title text NOT NULL,
    role character varying(64) NOT NULL,
    note text NOT NULL
);


--
-- Name: attendance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.attendance_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: attendance_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.attendance_id_seq OWNED BY public.attendance.id;


--
-- Name: entity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity (
    id integer NOT NULL,
    kind character varying(16) NOT NULL,
    key character varying(256) NOT NULL,
    name text NOT NULL
);


--
-- Name: entity_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entity_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entity_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.entity_id_seq OWNED BY public.entity.id;


--
-- Name: evidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evidence (
    id integer NOT NULL,
    fact_id integer NOT NULL,
    exact text NOT NULL,
    prefix text NOT NULL,
    suffix text NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    paragraph integer NOT NULL
);


--
-- Name: evidence_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.evidence_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evidence_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.evidence_id_seq OWNED BY public.evidence.id;


--
-- Name: fact; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fact (
    id integer NOT NULL,
    sheet_id integer NOT NULL,
    key character varying(256) NOT NULL,
    kind character varying(32) NOT NULL,
    reviewed boolean NOT NULL,
    search_text text NOT NULL
);


--
-- Name: fact_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.fact_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: fact_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.fact_id_seq OWNED BY public.fact.id;


--
-- Name: membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.membership (
    id integer NOT NULL,
    sheet_id integer NOT NULL,
    fact_id integer NOT NULL,
    party_id integer NOT NULL,
    status character varying(64) NOT NULL,
    joined text NOT NULL,
    note text NOT NULL
);


--
-- Name: membership_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.membership_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: membership_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.membership_id_seq OWNED BY public.membership.id;


--
-- Name: meta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meta (
    key character varying(64) NOT NULL,
    value character varying(256) NOT NULL
);


--
-- Name: organization; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.organization (
    id integer NOT NULL,
    sheet_id integer NOT NULL,
    fact_id integer NOT NULL,
    name text NOT NULL,
    abbreviation text NOT NULL,
    founded integer,
    purpose text NOT NULL,
    description text NOT NULL
);


--
-- Name: organization_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.organization_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: organization_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.organization_id_seq OWNED BY public.organization.id;


--
-- Name: party; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.party (
    id integer NOT NULL,
    sheet_id integer NOT NULL,
    key character varying(128) NOT NULL,
    kind character varying(16) NOT NULL,
    name text NOT NULL,
    abbreviation text NOT NULL,
    code text NOT NULL,
    category text NOT NULL,
    entity_id integer NOT NULL
);


--
-- Name: party_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.party_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: party_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.party_id_seq OWNED BY public.party.id;


--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id integer NOT NULL,
    sheet_id integer NOT NULL,
    fact_id integer NOT NULL,
    key character varying(128) NOT NULL,
    name text NOT NULL,
    named boolean NOT NULL,
    variants json NOT NULL,
    entity_id integer NOT NULL
);


--
-- Name: person_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.person_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: person_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.person_id_seq OWNED BY public.person.id;


--
-- Name: sheet; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sheet (
    id integer NOT NULL,
    slug character varying(128) NOT NULL,
    title text NOT NULL,
    event text NOT NULL,
    summary text NOT NULL,
    place text NOT NULL,
    day text NOT NULL,
    date_iso character varying(10),
    date_inferred boolean NOT NULL,
    date_basis text NOT NULL,
    language character varying(35) NOT NULL,
    source_id integer NOT NULL,
    seed_digest character varying(64) NOT NULL,
    fact_file text NOT NULL,
    member_count integer NOT NULL,
    attendee_count integer NOT NULL,
    statement_count integer NOT NULL
);


--
-- Name: sheet_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sheet_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sheet_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sheet_id_seq OWNED BY public.sheet.id;


--
-- Name: slip; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.slip (
    id integer NOT NULL,
    sheet_id integer NOT NULL,
    fact_id integer NOT NULL,
    kind character varying(64) NOT NULL,
    text text NOT NULL,
    correction text NOT NULL,
    note text NOT NULL
);


--
-- Name: slip_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.slip_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: slip_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.slip_id_seq OWNED BY public.slip.id;


--
-- Name: source; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.source (
    id integer NOT NULL,
    file_name character varying(256) NOT NULL,
    title text NOT NULL,
    publisher text NOT NULL,
    year integer,
    copyright text NOT NULL,
    text text NOT NULL,
    sha256 character varying(64) NOT NULL
);


--
-- Name: source_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.source_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: source_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.source_id_seq OWNED BY public.source.id;


--
-- Name: statement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.statement (
    id integer NOT NULL,
    sheet_id integer NOT NULL,
    fact_id integer NOT NULL,
    speaker_id integer NOT NULL,
    kind character varying(16) NOT NULL,
    text text NOT NULL,
    context text NOT NULL,
    said_when text NOT NULL,
    said_where text NOT NULL,
    via text NOT NULL,
    topic text NOT NULL,
    speaker_sort text NOT NULL,
    search_text text NOT NULL
);


--
-- Name: statement_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.statement_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: statement_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.statement_id_seq OWNED BY public.statement.id;


--
-- Name: absence id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.absence ALTER COLUMN id SET DEFAULT nextval('public.absence_id_seq'::regclass);


--
-- Name: attendance id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance ALTER COLUMN id SET DEFAULT nextval('public.attendance_id_seq'::regclass);


--
-- Name: entity id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity ALTER COLUMN id SET DEFAULT nextval('public.entity_id_seq'::regclass);


--
-- Name: evidence id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence ALTER COLUMN id SET DEFAULT nextval('public.evidence_id_seq'::regclass);


--
-- Name: fact id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fact ALTER COLUMN id SET DEFAULT nextval('public.fact_id_seq'::regclass);


--
-- Name: membership id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership ALTER COLUMN id SET DEFAULT nextval('public.membership_id_seq'::regclass);


--
-- Name: organization id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organization ALTER COLUMN id SET DEFAULT nextval('public.organization_id_seq'::regclass);


--
-- Name: party id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party ALTER COLUMN id SET DEFAULT nextval('public.party_id_seq'::regclass);


--
-- Name: person id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person ALTER COLUMN id SET DEFAULT nextval('public.person_id_seq'::regclass);


--
-- Name: sheet id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sheet ALTER COLUMN id SET DEFAULT nextval('public.sheet_id_seq'::regclass);


--
-- Name: slip id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.slip ALTER COLUMN id SET DEFAULT nextval('public.slip_id_seq'::regclass);


--
-- Name: source id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source ALTER COLUMN id SET DEFAULT nextval('public.source_id_seq'::regclass);


--
-- Name: statement id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement ALTER COLUMN id SET DEFAULT nextval('public.statement_id_seq'::regclass);


--
-- Data for Name: absence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.absence VALUES (1, 1, 48, 14, 7, 13, 'Prime Minister', 'Indian media speculated that the recently re-elected Modi was busy with the parliament session that began the week before.');
INSERT INTO public.absence VALUES (2, 2, 79, 22, 16, 23, 'Defence Minister', 'Parliament votes on the defence budget this week.');
INSERT INTO public.absence VALUES (3, 3, 107, 28, 23, 29, 'Mayor', 'because the city council is voting on its budget this week');


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attendance VALUES (1, 1, 35, 3, 3, 'President', 'host', '');
INSERT INTO public.attendance VALUES (2, 1, 36, 1, 2, 'President', 'head-of-state', '');
INSERT INTO public.attendance VALUES (3, 1, 37, 2, 1, 'President', 'head-of-state', '');
INSERT INTO public.attendance VALUES (4, 1, 38, 4, 8, 'Prime Minister', 'head-of-government', '');
INSERT INTO public.attendance VALUES (5, 1, 39, 5, 6, 'President', 'head-of-state', '');
INSERT INTO public.attendance VALUES (6, 1, 40, 6, 5, 'President', 'head-of-state', '');
INSERT INTO public.attendance VALUES (7, 1, 41, 7, 4, 'President', 'head-of-state', '');
INSERT INTO public.attendance VALUES (8, 1, 42, 8, 10, 'President', 'head-of-state', '');
INSERT INTO public.attendance VALUES (9, 1, 43, 9, 9, 'Acting President', 'acting-head-of-state', 'Iran was still choosing a successor to President Ebrahim Raisi, killed in a helicopter crash in May.');
INSERT INTO public.attendance VALUES (10, 1, 44, 13, 7, 'Foreign Minister', 'envoy', 'Sent by Prime Minister Narendra Modi.');
INSERT INTO public.attendance VALUES (11, 1, 45, 10, 11, 'President', 'guest', '');
INSERT INTO public.attendance VALUES (12, 1, 46, 11, 14, 'President', 'guest', '');
INSERT INTO public.attendance VALUES (13, 1, 47, 12, 15, 'Secretary-General', 'international-official', 'Visiting Central Asia.');
INSERT INTO public.attendance VALUES (14, 2, 74, 18, 16, 'Prime Minister', 'head-of-government', '');
INSERT INTO public.attendance VALUES (15, 2, 75, 19, 17, 'Prime Minister', 'host', '');
INSERT INTO public.attendance VALUES (16, 2, 76, 20, 17, 'Foreign Minister', 'foreign-minister', '');
INSERT INTO public.attendance VALUES (17, 2, 77, 21, 18, 'Foreign Minister', 'guest', 'In Reykjavík for a fisheries meeting.');
INSERT INTO public.attendance VALUES (18, 2, 78, 23, 16, 'State Secretary', 'envoy', 'Sent by Defence Minister Jonas Ravnkilde.');
INSERT INTO public.attendance VALUES (19, 3, 102, 24, 19, 'Mayor', 'host', '');
INSERT INTO public.attendance VALUES (20, 3, 103, 25, 21, 'Mayor', 'mayor', '');
INSERT INTO public.attendance VALUES (21, 3, 104, 26, 20, 'Deputy Mayor', 'deputy-mayor', '');
INSERT INTO public.attendance VALUES (22, 3, 105, 27, 22, 'Mayor', 'mayor', '');
INSERT INTO public.attendance VALUES (23, 3, 106, 29, 23, 'Deputy Mayor', 'envoy', 'Sent by Mayor Kaisa Lepik.');


--
-- Data for Name: entity; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.entity VALUES (1, 'country', 'CN', 'China');
INSERT INTO public.entity VALUES (2, 'country', 'RU', 'Russia');
INSERT INTO public.entity VALUES (3, 'country', 'KZ', 'Kazakhstan');
INSERT INTO public.entity VALUES (4, 'country', 'KG', 'Kyrgyzstan');
INSERT INTO public.entity VALUES (5, 'country', 'TJ', 'Tajikistan');
INSERT INTO public.entity VALUES (6, 'country', 'UZ', 'Uzbekistan');
INSERT INTO public.entity VALUES (7, 'country', 'IN', 'India');
INSERT INTO public.entity VALUES (8, 'country', 'PK', 'Pakistan');
INSERT INTO public.entity VALUES (9, 'country', 'IR', 'Iran');
INSERT INTO public.entity VALUES (10, 'country', 'BY', 'Belarus');
INSERT INTO public.entity VALUES (11, 'country', 'TR', 'Turkey');
INSERT INTO public.entity VALUES (12, 'country', 'SA', 'Saudi Arabia');
INSERT INTO public.entity VALUES (13, 'country', 'EG', 'Egypt');
INSERT INTO public.entity VALUES (14, 'country', 'AZ', 'Azerbaijan');
INSERT INTO public.entity VALUES (15, 'body', 'united-nations', 'United Nations');
INSERT INTO public.entity VALUES (16, 'person', 'vladimir-putin', 'Vladimir Putin');
INSERT INTO public.entity VALUES (17, 'person', 'xi-jinping', 'Xi Jinping');
INSERT INTO public.entity VALUES (18, 'person', 'kassym-jomart-tokayev', 'Kassym-Jomart Tokayev');
INSERT INTO public.entity VALUES (19, 'person', 'shehbaz-sharif', 'Shehbaz Sharif');
INSERT INTO public.entity VALUES (20, 'person', 'shavkat-mirziyoyev', 'Shavkat Mirziyoyev');
INSERT INTO public.entity VALUES (21, 'person', 'emomali-rakhmon', 'Emomali Rakhmon');
INSERT INTO public.entity VALUES (22, 'person', 'sadyr-zhaparov', 'Sadyr Zhaparov');
INSERT INTO public.entity VALUES (23, 'person', 'alexander-lukashenko', 'Alexander Lukashenko');
INSERT INTO public.entity VALUES (24, 'person', 'mohammad-mokhber', 'Mohammad Mokhber');
INSERT INTO public.entity VALUES (25, 'person', 'recep-tayyip-erdogan', 'Recep Tayyip Erdogan');
INSERT INTO public.entity VALUES (26, 'person', 'ilham-aliyev', 'Ilham Aliyev');
INSERT INTO public.entity VALUES (27, 'person', 'antonio-guterres', 'António Guterres');
INSERT INTO public.entity VALUES (28, 'person', 'sco-summit-astana-2024/india-foreign-minister', 'Foreign minister of India');
INSERT INTO public.entity VALUES (29, 'person', 'narendra-modi', 'Narendra Modi');
INSERT INTO public.entity VALUES (30, 'person', 'ebrahim-raisi', 'Ebrahim Raisi');
INSERT INTO public.entity VALUES (31, 'person', 'ali-khamenei', 'Ali Khamenei');
INSERT INTO public.entity VALUES (32, 'person', 'donald-trump', 'Donald Trump');
INSERT INTO public.entity VALUES (33, 'country', 'DK', 'Denmark');
INSERT INTO public.entity VALUES (34, 'country', 'IS', 'Iceland');
INSERT INTO public.entity VALUES (35, 'country', 'NO', 'Norway');
INSERT INTO public.entity VALUES (36, 'person', 'denmark-state-visit-iceland/sorensen', 'Henrik Løkke Sørensen');
INSERT INTO public.entity VALUES (37, 'person', 'denmark-state-visit-iceland/eyjolfsdottir', 'Katrín Eyjólfsdóttir');
INSERT INTO public.entity VALUES (38, 'person', 'denmark-state-visit-iceland/jonsdottir', 'Þorgerður Ásta Jónsdóttir');
INSERT INTO public.entity VALUES (39, 'person', 'denmark-state-visit-iceland/haugland', 'Ola Brekke Haugland');
INSERT INTO public.entity VALUES (40, 'person', 'denmark-state-visit-iceland/ravnkilde', 'Jonas Ravnkilde');
INSERT INTO public.entity VALUES (41, 'person', 'denmark-state-visit-iceland/denmark-state-secretary', 'State secretary of Denmark');
INSERT INTO public.entity VALUES (42, 'body', 'rotterdam', 'Rotterdam');
INSERT INTO public.entity VALUES (43, 'body', 'gdansk', 'Gdańsk');
INSERT INTO public.entity VALUES (44, 'body', 'valencia', 'Valencia');
INSERT INTO public.entity VALUES (45, 'body', 'antwerp', 'Antwerp');
INSERT INTO public.entity VALUES (46, 'body', 'tallinn', 'Tallinn');
INSERT INTO public.entity VALUES (47, 'body', 'marseille', 'Marseille');
INSERT INTO public.entity VALUES (48, 'body', 'rijeka', 'Rijeka');
INSERT INTO public.entity VALUES (49, 'body', 'aarhus', 'Aarhus');
INSERT INTO public.entity VALUES (50, 'person', 'pieter-van-aalst', 'Pieter van Aalst');
INSERT INTO public.entity VALUES (51, 'person', 'joan-ribera', 'Joan Ribera');
INSERT INTO public.entity VALUES (52, 'person', 'marta-wisniewska', 'Marta Wiśniewska');
INSERT INTO public.entity VALUES (53, 'person', 'ilse-maes', 'Ilse Maes');
INSERT INTO public.entity VALUES (54, 'person', 'kaisa-lepik', 'Kaisa Lepik');
INSERT INTO public.entity VALUES (55, 'person', 'rein-tamm', 'Rein Tamm');


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence VALUES (1, 1, 'Leaders of Russia, China attend summit of regional security grouping', '', '

Russian President Vladimir Put', 0, 68, 1);
INSERT INTO public.evidence VALUES (2, 1, 'Copyright © 2024 The Associated Press. All rights reserved.', 'ial international structures.”

', ' This material may not be publis', 4971, 5030, 25);
INSERT INTO public.evidence VALUES (3, 2, 'at its annual meeting in Kazakhstan’s capital of Astana', 'anghai Cooperation Organization ', '.

The grouping was established ', 361, 416, 3);
INSERT INTO public.evidence VALUES (4, 2, 'on Thursday attended the summit of a security grouping', 'nd Chinese President Xi Jinping ', ' created by Moscow and Beijing t', 136, 190, 2);
INSERT INTO public.evidence VALUES (5, 3, 'Copyright © 2024 The Associated Press.', 'ial international structures.”

', ' All rights reserved. This mater', 4971, 5009, 25);
INSERT INTO public.evidence VALUES (6, 3, 'killed in a helicopter crash in May, with a runoff election Friday', 'sor to President Ebrahim Raisi, ', ', so acting President Mohammad M', 2022, 2088, 11);
INSERT INTO public.evidence VALUES (7, 4, 'members of the Shanghai Cooperation Organization', 'ers of other countries that are ', ' at its annual meeting in Kazakh', 312, 360, 3);
INSERT INTO public.evidence VALUES (8, 4, 'Belarus, joined the SCO on Thursday', 'ia’s western neighbor and ally, ', '.

Observer states and dialogue ', 711, 746, 4);
INSERT INTO public.evidence VALUES (9, 4, 'a security grouping created by Moscow and Beijing to counter Western alliances', 'Thursday attended the summit of ', '.

Putin and Xi joined the leade', 171, 249, 2);
INSERT INTO public.evidence VALUES (10, 4, 'The grouping was established in 2001 by China, Russia and the four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan to promote regional security and economic cooperation.', 'azakhstan’s capital of Astana.

', ' It was later joined by India, P', 419, 625, 4);
INSERT INTO public.evidence VALUES (11, 5, 'established in 2001 by China, Russia', 'al of Astana.

The grouping was ', ' and the four ex-Soviet Central ', 436, 472, 4);
INSERT INTO public.evidence VALUES (12, 6, 'established in 2001 by China, Russia', 'al of Astana.

The grouping was ', ' and the four ex-Soviet Central ', 436, 472, 4);
INSERT INTO public.evidence VALUES (13, 7, 'four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan', 'n 2001 by China, Russia and the ', ' to promote regional security an', 481, 570, 4);
INSERT INTO public.evidence VALUES (14, 8, 'four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan', 'n 2001 by China, Russia and the ', ' to promote regional security an', 481, 570, 4);
INSERT INTO public.evidence VALUES (15, 9, 'four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan', 'n 2001 by China, Russia and the ', ' to promote regional security an', 481, 570, 4);
INSERT INTO public.evidence VALUES (16, 10, 'four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan', 'n 2001 by China, Russia and the ', ' to promote regional security an', 481, 570, 4);
INSERT INTO public.evidence VALUES (17, 11, 'It was later joined by India, Pakistan and Iran.', 'urity and economic cooperation. ', ' Russia’s western neighbor and a', 626, 674, 4);
INSERT INTO public.evidence VALUES (18, 12, 'It was later joined by India, Pakistan and Iran.', 'urity and economic cooperation. ', ' Russia’s western neighbor and a', 626, 674, 4);
INSERT INTO public.evidence VALUES (19, 13, 'It was later joined by India, Pakistan and Iran.', 'urity and economic cooperation. ', ' Russia’s western neighbor and a', 626, 674, 4);
INSERT INTO public.evidence VALUES (20, 14, 'Russia’s western neighbor and ally, Belarus, joined the SCO on Thursday.', 'ed by India, Pakistan and Iran. ', '

Observer states and dialogue p', 675, 747, 4);
INSERT INTO public.evidence VALUES (21, 15, 'Observer states and dialogue partners include Turkey, Saudi Arabia and Egypt.', 's, joined the SCO on Thursday.

', '

Addressing the summit, Putin e', 749, 826, 5);
INSERT INTO public.evidence VALUES (22, 16, 'Observer states and dialogue partners include Turkey, Saudi Arabia and Egypt.', 's, joined the SCO on Thursday.

', '

Addressing the summit, Putin e', 749, 826, 5);
INSERT INTO public.evidence VALUES (23, 17, 'Observer states and dialogue partners include Turkey, Saudi Arabia and Egypt.', 's, joined the SCO on Thursday.

', '

Addressing the summit, Putin e', 749, 826, 5);
INSERT INTO public.evidence VALUES (24, 18, 'Russian President Vladimir Putin', ' of regional security grouping

', ' and Chinese President Xi Jinpin', 70, 102, 2);
INSERT INTO public.evidence VALUES (25, 19, 'Chinese President Xi Jinping', 'an President Vladimir Putin and ', ' on Thursday attended the summit', 107, 135, 2);
INSERT INTO public.evidence VALUES (26, 20, 'Kazakh President Kassym-Jomart Tokayev', 's Putin and Xi, and summit host ', ', attending Thursday’s meeting a', 1482, 1520, 9);
INSERT INTO public.evidence VALUES (27, 21, 'Prime Minister Shehbaz Sharif of Pakistan', 'ttending Thursday’s meeting are ', ', President Shavkat Mirziyoyev o', 1555, 1596, 9);
INSERT INTO public.evidence VALUES (28, 22, 'President Shavkat Mirziyoyev of Uzbekistan', 'ter Shehbaz Sharif of Pakistan, ', ', President Emomali Rakhmon of T', 1598, 1640, 9);
INSERT INTO public.evidence VALUES (29, 23, 'President Emomali Rakhmon of Tajikistan', 'avkat Mirziyoyev of Uzbekistan, ', ', President Sadyr Zhaparov of Ky', 1642, 1681, 9);
INSERT INTO public.evidence VALUES (30, 24, 'President Sadyr Zhaparov of Kyrgyzstan', ' Emomali Rakhmon of Tajikistan, ', ' and President Alexander Lukashe', 1683, 1721, 9);
INSERT INTO public.evidence VALUES (31, 25, 'President Alexander Lukashenko of Belarus', 'adyr Zhaparov of Kyrgyzstan and ', '.

Prime Minister Narendra Modi ', 1726, 1767, 9);
INSERT INTO public.evidence VALUES (32, 26, 'acting President Mohammad Mokhbar', 'th a runoff election Friday, so ', ' attended the summit.

During a ', 2093, 2126, 11);
INSERT INTO public.evidence VALUES (33, 26, 'Mokhber conveyed a message', 'on the sidelines of the summit, ', ' to Putin from Iran’s supreme le', 2231, 2257, 12);
INSERT INTO public.evidence VALUES (34, 27, 'President Recep Tayyip Erdogan of Turkey', 'ther guests of the SCO included ', ' and President Ilham Aliyev of A', 2577, 2617, 13);
INSERT INTO public.evidence VALUES (35, 28, 'President Ilham Aliyev of Azerbaijan', 'ep Tayyip Erdogan of Turkey and ', '.

Also present was U.N. Secreta', 2622, 2658, 13);
INSERT INTO public.evidence VALUES (36, 29, 'U.N. Secretary-General António Guterres', 'f Azerbaijan.

Also present was ', ', who is visiting Central Asia.
', 2678, 2717, 14);
INSERT INTO public.evidence VALUES (37, 30, 'has sent his foreign minister', 'Minister Narendra Modi of India ', '. Indian media reports speculate', 1808, 1837, 10);
INSERT INTO public.evidence VALUES (38, 31, 'Prime Minister Narendra Modi of India', 'exander Lukashenko of Belarus.

', ' has sent his foreign minister. ', 1770, 1807, 10);
INSERT INTO public.evidence VALUES (39, 32, 'President Ebrahim Raisi, killed in a helicopter crash in May', 's still choosing a successor to ', ', with a runoff election Friday,', 1997, 2057, 11);
INSERT INTO public.evidence VALUES (40, 33, 'Iran’s supreme leader, Ayatollah Ali Khamenei', 'onveyed a message to Putin from ', ', saying that “deep and unchange', 2272, 2317, 12);
INSERT INTO public.evidence VALUES (41, 34, 'Donald Trump, the presumed Republican candidate', 'ers that he has noted claims by ', ' in the U.S. presidential electi', 3530, 3577, 19);
INSERT INTO public.evidence VALUES (42, 35, 'summit host Kazakh President Kassym-Jomart Tokayev', 'ded.

Besides Putin and Xi, and ', ', attending Thursday’s meeting a', 1470, 1520, 9);
INSERT INTO public.evidence VALUES (43, 35, 'For host Kazakhstan', 've to the U.S. and its allies.

', ' and the other Central Asian nat', 4555, 4574, 23);
INSERT INTO public.evidence VALUES (44, 36, 'Russian President Vladimir Putin and Chinese President Xi Jinping on Thursday attended the summit', ' of regional security grouping

', ' of a security grouping created ', 70, 167, 2);
INSERT INTO public.evidence VALUES (45, 37, 'Russian President Vladimir Putin and Chinese President Xi Jinping on Thursday attended the summit', ' of regional security grouping

', ' of a security grouping created ', 70, 167, 2);
INSERT INTO public.evidence VALUES (46, 38, 'attending Thursday’s meeting are Prime Minister Shehbaz Sharif of Pakistan', 'resident Kassym-Jomart Tokayev, ', ', President Shavkat Mirziyoyev o', 1522, 1596, 9);
INSERT INTO public.evidence VALUES (47, 39, 'President Shavkat Mirziyoyev of Uzbekistan', 'ter Shehbaz Sharif of Pakistan, ', ', President Emomali Rakhmon of T', 1598, 1640, 9);
INSERT INTO public.evidence VALUES (48, 40, 'President Emomali Rakhmon of Tajikistan', 'avkat Mirziyoyev of Uzbekistan, ', ', President Sadyr Zhaparov of Ky', 1642, 1681, 9);
INSERT INTO public.evidence VALUES (49, 41, 'President Sadyr Zhaparov of Kyrgyzstan', ' Emomali Rakhmon of Tajikistan, ', ' and President Alexander Lukashe', 1683, 1721, 9);
INSERT INTO public.evidence VALUES (50, 42, 'President Alexander Lukashenko of Belarus', 'adyr Zhaparov of Kyrgyzstan and ', '.

Prime Minister Narendra Modi ', 1726, 1767, 9);
INSERT INTO public.evidence VALUES (51, 43, 'so acting President Mohammad Mokhbar attended the summit', ' with a runoff election Friday, ', '.

During a meeting Thursday wit', 2090, 2146, 11);
INSERT INTO public.evidence VALUES (52, 43, 'Iran is still choosing a successor to President Ebrahim Raisi, killed in a helicopter crash in May', ' session that began last week.

', ', with a runoff election Friday,', 1959, 2057, 11);
INSERT INTO public.evidence VALUES (53, 44, 'Prime Minister Narendra Modi of India has sent his foreign minister.', 'exander Lukashenko of Belarus.

', ' Indian media reports speculated', 1770, 1838, 10);
INSERT INTO public.evidence VALUES (54, 45, 'Other guests of the SCO included President Recep Tayyip Erdogan of Turkey', 'power equations in the world.”

', ' and President Ilham Aliyev of A', 2544, 2617, 13);
INSERT INTO public.evidence VALUES (55, 46, 'President Ilham Aliyev of Azerbaijan', 'ep Tayyip Erdogan of Turkey and ', '.

Also present was U.N. Secreta', 2622, 2658, 13);
INSERT INTO public.evidence VALUES (56, 47, 'Also present was U.N. Secretary-General António Guterres, who is visiting Central Asia.', 'nt Ilham Aliyev of Azerbaijan.

', '

For Putin, the summit offered ', 2661, 2748, 14);
INSERT INTO public.evidence VALUES (57, 48, 'Prime Minister Narendra Modi of India has sent his foreign minister.', 'exander Lukashenko of Belarus.

', ' Indian media reports speculated', 1770, 1838, 10);
INSERT INTO public.evidence VALUES (58, 48, 'Indian media reports speculated the recently reelected Modi was busy with the parliament session that began last week.', ' has sent his foreign minister. ', '

Iran is still choosing a succe', 1839, 1957, 10);
INSERT INTO public.evidence VALUES (59, 49, 'Addressing the summit, Putin emphasized the group’s focus on ensuring security of its members and said the SCO will form a dedicated center that will coordinate response to various security challenges.', 'urkey, Saudi Arabia and Egypt.

', ' He added that the group’s membe', 828, 1029, 6);
INSERT INTO public.evidence VALUES (60, 50, 'He added that the group’s members will also endorse a special program to fight separatism and extremism.', 'to various security challenges. ', '

Xi called on the SCO members t', 1030, 1134, 6);
INSERT INTO public.evidence VALUES (61, 51, 'Xi called on the SCO members to show solidarity in the face “the real challenges of intervention and polarization,” according to a readout of his speech by the official Xinhua news agency.', 'ight separatism and extremism.

', '

“In the face of the real threa', 1136, 1324, 7);
INSERT INTO public.evidence VALUES (62, 52, '“In the face of the real threat of the Cold War mentality, we have to safeguard the security bottom line,” he added.', 'e official Xinhua news agency.

', '

Besides Putin and Xi, and summ', 1326, 1442, 8);
INSERT INTO public.evidence VALUES (63, 53, 'Mokhber conveyed a message to Putin from Iran’s supreme leader, Ayatollah Ali Khamenei, saying that “deep and unchangeable” relations between the two allies will remain strong irrespective of the election.', 'on the sidelines of the summit, ', ' Mokhber added that strong ties ', 2231, 2436, 12);
INSERT INTO public.evidence VALUES (64, 54, 'Mokhber added that strong ties between Moscow and Tehran have changed “the power equations in the world.”', 'g irrespective of the election. ', '

Other guests of the SCO includ', 2437, 2542, 12);
INSERT INTO public.evidence VALUES (65, 55, 'Speaking Thursday at the summit, Putin mentioned his statement in June that the hostilities could end if Ukraine withdraws its troops from the four regions that Moscow annexed in 2022 and abandons its bid to join NATO.', ' its 2022 invasion of Ukraine.

', ' Kyiv and its allies have reject', 2894, 3112, 16);
INSERT INTO public.evidence VALUES (66, 55, 'Kyiv and its allies have rejected the idea.', ' abandons its bid to join NATO. ', '

Putin also thanked SCO members', 3113, 3156, 16);
INSERT INTO public.evidence VALUES (67, 56, 'Putin also thanked SCO members for their proposals for a peace settlement, adding that Moscow will take them into account.', 'allies have rejected the idea.

', '

Moscow has hailed a peace plan', 3158, 3280, 17);
INSERT INTO public.evidence VALUES (68, 57, 'Putin later told Russian reporters that he has noted claims by Donald Trump, the presumed Republican candidate in the U.S. presidential election, that he can resolve the Ukraine crisis and said, “We take this quite seriously.”', 'ave occupied parts of Ukraine.

', ' However, he said he has no deta', 3467, 3693, 19);
INSERT INTO public.evidence VALUES (69, 58, 'However, he said he has no details about what Trump might propose.', '“We take this quite seriously.” ', '

At a meeting with Xi on Wednes', 3694, 3760, 19);
INSERT INTO public.evidence VALUES (70, 59, 'At a meeting with Xi on Wednesday, Putin hailed the SCO as “one of the key pillars of a fair, multipolar world order,”', 'bout what Trump might propose.

', ' and said ties between Moscow an', 3762, 3880, 20);
INSERT INTO public.evidence VALUES (71, 60, 'said ties between Moscow and Beijing are “experiencing the best period in their history.”', 'r, multipolar world order,” and ', '

It marked their second meeting', 3885, 3974, 20);
INSERT INTO public.evidence VALUES (72, 61, 'Xi called for “bridges of communication” between countries last week', 'tral Asia and the Global South. ', ' and wants to further promote Ch', 4404, 4472, 22);
INSERT INTO public.evidence VALUES (73, 62, 'Speaking in opening remarks at the summit, Tokayev hailed the SCO as “one of the most authoritative and influential international structures.”', ' pursuing links with the West.

', '

Copyright © 2024 The Associate', 4827, 4969, 24);
INSERT INTO public.evidence VALUES (74, 63, 'Mokhbar', 'y, so acting President Mohammad ', ' attended the summit.

During a ', 2119, 2126, 11);
INSERT INTO public.evidence VALUES (75, 64, 'Rusisan oil and gas', 'hina’s role as a top market for ', '. Russia also has relied on Beij', 4176, 4195, 21);
INSERT INTO public.evidence VALUES (76, 65, 'in the face “the real challenges', ' SCO members to show solidarity ', ' of intervention and polarizatio', 1184, 1216, 7);
INSERT INTO public.evidence VALUES (77, 66, 'Danish leader opens talks on Arctic rescue during state visit to Iceland', '', '

REYKJAVÍK, Iceland (Nordic Wir', 0, 72, 1);
INSERT INTO public.evidence VALUES (78, 66, '(Nordic Wire) —', ' to Iceland

REYKJAVÍK, Iceland ', ' Henrik Løkke Sørensen, Denmark''', 93, 108, 2);
INSERT INTO public.evidence VALUES (79, 67, 'arrived in Reykjavík on Monday for a two-day state visit', 'nsen, Denmark''s prime minister, ', ', the first by a Danish head of ', 158, 214, 2);
INSERT INTO public.evidence VALUES (80, 68, 'Henrik Løkke Sørensen, Denmark''s prime minister', 'KJAVÍK, Iceland (Nordic Wire) — ', ', arrived in Reykjavík on Monday', 109, 156, 2);
INSERT INTO public.evidence VALUES (81, 69, 'Icelandic Prime Minister Katrín Eyjólfsdóttir', ' was welcomed at the airport by ', ', who hosted talks at the govern', 307, 352, 3);
INSERT INTO public.evidence VALUES (82, 70, 'Þorgerður Ásta Jónsdóttir, Iceland''s foreign minister', 'ment offices later in the day.

', ', who took part in the talks, sa', 416, 469, 4);
INSERT INTO public.evidence VALUES (83, 71, 'Norwegian Foreign Minister Ola Brekke Haugland', 'rwork caught up with the sea.”

', ', who was in Reykjavík for a fis', 873, 919, 7);
INSERT INTO public.evidence VALUES (84, 72, 'Defence Minister Jonas Ravnkilde of Denmark', ' afternoon session as a guest.

', ' was due to travel with the dele', 1009, 1052, 8);
INSERT INTO public.evidence VALUES (85, 73, 'has sent his state secretary', ' travel with the delegation but ', '. Ravnkilde stayed in Copenhagen', 1095, 1123, 8);
INSERT INTO public.evidence VALUES (86, 74, 'Henrik Løkke Sørensen, Denmark''s prime minister, arrived in Reykjavík on Monday', 'KJAVÍK, Iceland (Nordic Wire) — ', ' for a two-day state visit, the ', 109, 188, 2);
INSERT INTO public.evidence VALUES (87, 75, 'Icelandic Prime Minister Katrín Eyjólfsdóttir, who hosted talks', ' was welcomed at the airport by ', ' at the government offices later', 307, 370, 3);
INSERT INTO public.evidence VALUES (88, 76, 'Þorgerður Ásta Jónsdóttir, Iceland''s foreign minister, who took part in the talks', 'ment offices later in the day.

', ', said the two governments would', 416, 497, 4);
INSERT INTO public.evidence VALUES (89, 77, 'joined the afternoon session as a guest', 'kjavík for a fisheries meeting, ', '.

Defence Minister Jonas Ravnki', 967, 1006, 7);
INSERT INTO public.evidence VALUES (90, 78, 'has sent his state secretary', ' travel with the delegation but ', '. Ravnkilde stayed in Copenhagen', 1095, 1123, 8);
INSERT INTO public.evidence VALUES (91, 79, 'was due to travel with the delegation but has sent his state secretary', 'ster Jonas Ravnkilde of Denmark ', '. Ravnkilde stayed in Copenhagen', 1053, 1123, 8);
INSERT INTO public.evidence VALUES (92, 79, 'Ravnkilde stayed in Copenhagen because parliament votes on the defence budget this week.', 't has sent his state secretary. ', '

Eyjólfsdóttir said, “No single', 1125, 1213, 8);
INSERT INTO public.evidence VALUES (93, 80, '"We share an ocean, and we will share the work of keeping it safe," she said.', 'nt on search and rescue at sea. ', '

“Our coastguards already sail ', 577, 654, 4);
INSERT INTO public.evidence VALUES (94, 81, '“Our coastguards already sail side by side,” Sørensen told reporters after the talks.', 'of keeping it safe," she said.

', ' “What we sign tomorrow puts on ', 656, 741, 5);
INSERT INTO public.evidence VALUES (95, 82, '“What we sign tomorrow puts on paper what our crews have practised for years.

“It is time the paperwork caught up with the sea.”', 'told reporters after the talks. ', '

Norwegian Foreign Minister Ola', 742, 871, 5);
INSERT INTO public.evidence VALUES (96, 83, 'Eyjólfsdóttir said, “No single country can patrol these waters alone.”', ' the defence budget this week.

', ' She added that Iceland would in', 1215, 1285, 9);
INSERT INTO public.evidence VALUES (97, 84, '"Today is about saving lives, not counting fish," the Norwegian minister said.', ' subject was not on the agenda. ', '

The visit ends on Tuesday with', 1457, 1535, 10);
INSERT INTO public.evidence VALUES (98, 85, 'Port mayors agree to plug ships into shore power at Harbour Cities Network assembly', '', '

By Lena Ortmann

ROTTERDAM, Ne', 0, 83, 1);
INSERT INTO public.evidence VALUES (99, 85, 'Copyright © 2025 Coastal Ledger.', 'it for the others,” she added.

', ' All rights reserved.
', 1506, 1538, 11);
INSERT INTO public.evidence VALUES (100, 86, 'ROTTERDAM, Netherlands — Mayors and deputy mayors of eight port cities met on Wednesday for the annual assembly of the Harbour Cities Network, a group that shares ways of cleaning up busy harbours.', 'work assembly

By Lena Ortmann

', '

The network was founded in 200', 102, 299, 3);
INSERT INTO public.evidence VALUES (101, 86, 'ROTTERDAM, Netherlands', 'work assembly

By Lena Ortmann

', ' — Mayors and deputy mayors of e', 102, 124, 3);
INSERT INTO public.evidence VALUES (102, 87, 'Harbour Cities Network', ' plug ships into shore power at ', ' assembly

By Lena Ortmann

ROTT', 52, 74, 1);
INSERT INTO public.evidence VALUES (103, 87, 'The network was founded in 2009 by Rotterdam, Gdańsk and Valencia to share what works against dirty air and water in ports.', ' of cleaning up busy harbours.

', ' Antwerp and Tallinn joined in 2', 301, 424, 4);
INSERT INTO public.evidence VALUES (104, 88, 'The network was founded in 2009 by Rotterdam, Gdańsk and Valencia to share what works against dirty air and water in ports.', ' of cleaning up busy harbours.

', ' Antwerp and Tallinn joined in 2', 301, 424, 4);
INSERT INTO public.evidence VALUES (105, 89, 'The network was founded in 2009 by Rotterdam, Gdańsk and Valencia to share what works against dirty air and water in ports.', ' of cleaning up busy harbours.

', ' Antwerp and Tallinn joined in 2', 301, 424, 4);
INSERT INTO public.evidence VALUES (106, 90, 'The network was founded in 2009 by Rotterdam, Gdańsk and Valencia to share what works against dirty air and water in ports.', ' of cleaning up busy harbours.

', ' Antwerp and Tallinn joined in 2', 301, 424, 4);
INSERT INTO public.evidence VALUES (107, 91, 'Antwerp and Tallinn joined in 2014, and Marseille joined later.', 't dirty air and water in ports. ', ' Rijeka joined the network on We', 425, 488, 4);
INSERT INTO public.evidence VALUES (108, 92, 'Antwerp and Tallinn joined in 2014, and Marseille joined later.', 't dirty air and water in ports. ', ' Rijeka joined the network on We', 425, 488, 4);
INSERT INTO public.evidence VALUES (109, 93, 'Antwerp and Tallinn joined in 2014, and Marseille joined later.', 't dirty air and water in ports. ', ' Rijeka joined the network on We', 425, 488, 4);
INSERT INTO public.evidence VALUES (110, 94, 'Rijeka joined the network on Wednesday, while Aarhus is an observer.', '14, and Marseille joined later. ', '

“Every ship that plugs in at t', 489, 557, 4);
INSERT INTO public.evidence VALUES (111, 95, 'Rijeka joined the network on Wednesday, while Aarhus is an observer.', '14, and Marseille joined later. ', '

“Every ship that plugs in at t', 489, 557, 4);
INSERT INTO public.evidence VALUES (112, 96, 'Mayor Pieter van Aalst of Rotterdam', 'ng diesel in our streets,” said ', ', who hosted the assembly in the', 656, 691, 5);
INSERT INTO public.evidence VALUES (113, 97, 'Mayor Joan Ribera of Valencia', 'll.

Among those attending were ', ', Deputy Mayor Marta Wiśniewska ', 777, 806, 6);
INSERT INTO public.evidence VALUES (114, 98, 'Deputy Mayor Marta Wiśniewska of Gdańsk', ' Mayor Joan Ribera of Valencia, ', ' and Ilse Maes, the mayor of Ant', 808, 847, 6);
INSERT INTO public.evidence VALUES (115, 99, 'Ilse Maes', ' Marta Wiśniewska of Gdańsk and ', ', the mayor of Antwerp.

Deputy ', 852, 861, 6);
INSERT INTO public.evidence VALUES (116, 100, 'Mayor Kaisa Lepik of Tallinn', 'g. Now everybody is watching."

', ' did not attend, sending Deputy ', 1018, 1046, 8);
INSERT INTO public.evidence VALUES (117, 101, 'Deputy Mayor Rein Tamm', 'Tallinn did not attend, sending ', ' in her place because the city c', 1071, 1093, 8);
INSERT INTO public.evidence VALUES (118, 102, '“Every ship that plugs in at the quay is a ship that is not burning diesel in our streets,” said Mayor Pieter van Aalst of Rotterdam, who hosted the assembly in the city''s old customs hall.', ', while Aarhus is an observer.

', '

Among those attending were May', 559, 748, 5);
INSERT INTO public.evidence VALUES (119, 103, 'Among those attending were Mayor Joan Ribera of Valencia, Deputy Mayor Marta Wiśniewska of Gdańsk and Ilse Maes, the mayor of Antwerp.', 'n the city''s old customs hall.

', '

Deputy Mayor Marta Wiśniewska ', 750, 884, 6);
INSERT INTO public.evidence VALUES (120, 104, 'Among those attending were Mayor Joan Ribera of Valencia, Deputy Mayor Marta Wiśniewska of Gdańsk and Ilse Maes, the mayor of Antwerp.', 'n the city''s old customs hall.

', '

Deputy Mayor Marta Wiśniewska ', 750, 884, 6);
INSERT INTO public.evidence VALUES (121, 105, 'Among those attending were Mayor Joan Ribera of Valencia, Deputy Mayor Marta Wiśniewska of Gdańsk and Ilse Maes, the mayor of Antwerp.', 'n the city''s old customs hall.

', '

Deputy Mayor Marta Wiśniewska ', 750, 884, 6);
INSERT INTO public.evidence VALUES (122, 106, 'Mayor Kaisa Lepik of Tallinn did not attend, sending Deputy Mayor Rein Tamm in her place because the city council is voting on its budget this week.', 'g. Now everybody is watching."

', '

The mayors agreed that by 2030', 1018, 1166, 8);
INSERT INTO public.evidence VALUES (123, 107, 'Mayor Kaisa Lepik of Tallinn did not attend, sending Deputy Mayor Rein Tamm in her place because the city council is voting on its budget this week.', 'g. Now everybody is watching."

', '

The mayors agreed that by 2030', 1018, 1166, 8);
INSERT INTO public.evidence VALUES (124, 108, '“Every ship that plugs in at the quay is a ship that is not burning diesel in our streets,” said Mayor Pieter van Aalst of Rotterdam, who hosted the assembly in the city''s old customs hall.', ', while Aarhus is an observer.

', '

Among those attending were May', 559, 748, 5);
INSERT INTO public.evidence VALUES (125, 109, 'Deputy Mayor Marta Wiśniewska of Gdańsk told reporters: "We cleaned our port when nobody was watching. Now everybody is watching."', 'se Maes, the mayor of Antwerp.

', '

Mayor Kaisa Lepik of Tallinn d', 886, 1016, 7);
INSERT INTO public.evidence VALUES (126, 110, '“The numbers will be public, city by city,” according to Mayor Joan Ribera of Valencia.', 'ships should offer shore power. ', '

Maes said the port of Antwerp ', 1266, 1353, 9);
INSERT INTO public.evidence VALUES (127, 111, '“We will not wait for the others,” she added.', ' container ships in the spring. ', '

Copyright © 2025 Coastal Ledge', 1459, 1504, 10);


--
-- Data for Name: fact; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.fact VALUES (1, 1, 'source', 'source', true, '000_f8d36b30d32ee174.txt
da60eaa440a011233c8df400a871e4c531c088fab7a635214d25f5403e588c96
leaders of russia, china attend summit of regional security grouping
the associated press
2024
copyright © 2024 the associated press. all rights reserved. this material may not be published, broadcast, written or redistributed.');
INSERT INTO public.fact VALUES (2, 1, 'event', 'event', true, 'annual summit of the shanghai cooperation organization
astana, kazakhstan
thursday');
INSERT INTO public.fact VALUES (3, 1, 'date', 'date', true, '2024-07-04
the article gives only the weekday; its copyright year 2024, raisi''s death in may and the iranian runoff on the following friday place that thursday on 4 july 2024.');
INSERT INTO public.fact VALUES (4, 1, 'organization', 'organization', true, 'shanghai cooperation organization
sco
2001
to promote regional security and economic cooperation
a security grouping created by moscow and beijing to counter western alliances.');
INSERT INTO public.fact VALUES (5, 1, 'memberships:china', 'memberships', true, 'china
founding-member
2001 (founder)
founding member');
INSERT INTO public.fact VALUES (6, 1, 'memberships:russia', 'memberships', true, 'russia
founding-member
2001 (founder)
founding member');
INSERT INTO public.fact VALUES (7, 1, 'memberships:kazakhstan', 'memberships', true, 'kazakhstan
founding-member
2001 (founder)
founding member');
INSERT INTO public.fact VALUES (8, 1, 'memberships:kyrgyzstan', 'memberships', true, 'kyrgyzstan
founding-member
2001 (founder)
founding member');
INSERT INTO public.fact VALUES (9, 1, 'memberships:tajikistan', 'memberships', true, 'tajikistan
founding-member
2001 (founder)
founding member');
INSERT INTO public.fact VALUES (10, 1, 'memberships:uzbekistan', 'memberships', true, 'uzbekistan
founding-member
2001 (founder)
founding member');
INSERT INTO public.fact VALUES (11, 1, 'memberships:india', 'memberships', true, 'india
member
later (year not given)
member');
INSERT INTO public.fact VALUES (12, 1, 'memberships:pakistan', 'memberships', true, 'pakistan
member
later (year not given)
member');
INSERT INTO public.fact VALUES (13, 1, 'memberships:iran', 'memberships', true, 'iran
member
later (year not given)
member');
INSERT INTO public.fact VALUES (14, 1, 'memberships:belarus', 'memberships', true, 'belarus
new-member
at this summit (thursday)
new member');
INSERT INTO public.fact VALUES (15, 1, 'memberships:turkey', 'memberships', true, 'turkey
observer-or-partner
not given
the article lists observer states and dialogue partners together without saying which is which, and its list is not complete ("include").
observer or dialogue partner');
INSERT INTO public.fact VALUES (16, 1, 'memberships:saudi-arabia', 'memberships', true, 'saudi arabia
observer-or-partner
not given
the article lists observer states and dialogue partners together without saying which is which, and its list is not complete ("include").
observer or dialogue partner');
INSERT INTO public.fact VALUES (17, 1, 'memberships:egypt', 'memberships', true, 'egypt
observer-or-partner
not given
the article lists observer states and dialogue partners together without saying which is which, and its list is not complete ("include").
observer or dialogue partner');
INSERT INTO public.fact VALUES (18, 1, 'people:putin', 'people', true, 'vladimir putin
vladimir putin');
INSERT INTO public.fact VALUES (19, 1, 'people:xi', 'people', true, 'xi jinping
xi jinping');
INSERT INTO public.fact VALUES (20, 1, 'people:tokayev', 'people', true, 'kassym-jomart tokayev
kassym-jomart tokayev');
INSERT INTO public.fact VALUES (21, 1, 'people:sharif', 'people', true, 'shehbaz sharif
shehbaz sharif');
INSERT INTO public.fact VALUES (22, 1, 'people:mirziyoyev', 'people', true, 'shavkat mirziyoyev
shavkat mirziyoyev');
INSERT INTO public.fact VALUES (23, 1, 'people:rakhmon', 'people', true, 'emomali rakhmon
emomali rakhmon');
INSERT INTO public.fact VALUES (24, 1, 'people:zhaparov', 'people', true, 'sadyr zhaparov
sadyr zhaparov');
INSERT INTO public.fact VALUES (25, 1, 'people:lukashenko', 'people', true, 'alexander lukashenko
alexander lukashenko');
INSERT INTO public.fact VALUES (26, 1, 'people:mokhber', 'people', true, 'mohammad mokhber
mohammad mokhbar
mohammad mokhber');
INSERT INTO public.fact VALUES (27, 1, 'people:erdogan', 'people', true, 'recep tayyip erdogan
recep tayyip erdogan');
INSERT INTO public.fact VALUES (28, 1, 'people:aliyev', 'people', true, 'ilham aliyev
ilham aliyev');
INSERT INTO public.fact VALUES (29, 1, 'people:guterres', 'people', true, 'antonio guterres
antonio guterres');
INSERT INTO public.fact VALUES (30, 1, 'people:india-foreign-minister', 'people', true, 'foreign minister of india');
INSERT INTO public.fact VALUES (31, 1, 'people:modi', 'people', true, 'narendra modi
narendra modi');
INSERT INTO public.fact VALUES (32, 1, 'people:raisi', 'people', true, 'ebrahim raisi
ebrahim raisi');
INSERT INTO public.fact VALUES (33, 1, 'people:khamenei', 'people', true, 'ali khamenei
ali khamenei');
INSERT INTO public.fact VALUES (34, 1, 'people:trump', 'people', true, 'donald trump
donald trump');
INSERT INTO public.fact VALUES (35, 1, 'attendees:tokayev', 'attendees', true, 'kassym-jomart tokayev
president
kazakhstan
host
host');
INSERT INTO public.fact VALUES (36, 1, 'attendees:putin', 'attendees', true, 'vladimir putin
president
russia
head-of-state
head of state');
INSERT INTO public.fact VALUES (37, 1, 'attendees:xi', 'attendees', true, 'xi jinping
president
china
head-of-state
head of state');
INSERT INTO public.fact VALUES (38, 1, 'attendees:sharif', 'attendees', true, 'shehbaz sharif
prime minister
pakistan
head-of-government
head of government');
INSERT INTO public.fact VALUES (39, 1, 'attendees:mirziyoyev', 'attendees', true, 'shavkat mirziyoyev
president
uzbekistan
head-of-state
head of state');
INSERT INTO public.fact VALUES (40, 1, 'attendees:rakhmon', 'attendees', true, 'emomali rakhmon
president
tajikistan
head-of-state
head of state');
INSERT INTO public.fact VALUES (41, 1, 'attendees:zhaparov', 'attendees', true, 'sadyr zhaparov
president
kyrgyzstan
head-of-state
head of state');
INSERT INTO public.fact VALUES (42, 1, 'attendees:lukashenko', 'attendees', true, 'alexander lukashenko
president
belarus
head-of-state
head of state');
INSERT INTO public.fact VALUES (43, 1, 'attendees:mokhber', 'attendees', true, 'mohammad mokhber
acting president
iran
acting-head-of-state
iran was still choosing a successor to president ebrahim raisi, killed in a helicopter crash in may.
acting head of state');
INSERT INTO public.fact VALUES (44, 1, 'attendees:india-foreign-minister', 'attendees', true, 'foreign minister of india
foreign minister
india
envoy
sent by prime minister narendra modi.
envoy');
INSERT INTO public.fact VALUES (45, 1, 'attendees:erdogan', 'attendees', true, 'recep tayyip erdogan
president
turkey
guest
guest');
INSERT INTO public.fact VALUES (46, 1, 'attendees:aliyev', 'attendees', true, 'ilham aliyev
president
azerbaijan
guest
guest');
INSERT INTO public.fact VALUES (47, 1, 'attendees:guterres', 'attendees', true, 'antonio guterres
secretary-general
united nations
international-official
visiting central asia.
international official');
INSERT INTO public.fact VALUES (48, 1, 'absences:modi', 'absences', true, 'narendra modi
prime minister
india
foreign minister of india
indian media speculated that the recently re-elected modi was busy with the parliament session that began the week before.');
INSERT INTO public.fact VALUES (49, 1, 'statements:putin-security-center', 'statements', true, '');
INSERT INTO public.fact VALUES (50, 1, 'statements:putin-separatism-program', 'statements', true, '');
INSERT INTO public.fact VALUES (51, 1, 'statements:xi-intervention-polarization', 'statements', true, '');
INSERT INTO public.fact VALUES (52, 1, 'statements:xi-cold-war', 'statements', true, '');
INSERT INTO public.fact VALUES (53, 1, 'statements:mokhber-khamenei-message', 'statements', true, '');
INSERT INTO public.fact VALUES (54, 1, 'statements:mokhber-power-equations', 'statements', true, '');
INSERT INTO public.fact VALUES (55, 1, 'statements:putin-ukraine-terms', 'statements', true, '');
INSERT INTO public.fact VALUES (56, 1, 'statements:putin-peace-proposals', 'statements', true, '');
INSERT INTO public.fact VALUES (57, 1, 'statements:putin-trump-seriously', 'statements', true, '');
INSERT INTO public.fact VALUES (58, 1, 'statements:putin-trump-no-details', 'statements', true, '');
INSERT INTO public.fact VALUES (59, 1, 'statements:putin-pillar', 'statements', true, '');
INSERT INTO public.fact VALUES (60, 1, 'statements:putin-best-period', 'statements', true, '');
INSERT INTO public.fact VALUES (61, 1, 'statements:xi-bridges', 'statements', true, '');
INSERT INTO public.fact VALUES (62, 1, 'statements:tokayev-authoritative', 'statements', true, '');
INSERT INTO public.fact VALUES (63, 1, 'slips:Mokhbar', 'slips', true, 'spelling-variant
mokhbar
mokhber
the article spells the acting iranian president''s name two ways; this sheet uses "mokhber".');
INSERT INTO public.fact VALUES (64, 1, 'slips:Rusisan', 'slips', true, 'typo
rusisan
russian');
INSERT INTO public.fact VALUES (65, 1, 'slips:in the face “the real challenges', 'slips', true, 'missing-word
in the face "the real challenges
in the face of "the real challenges');
INSERT INTO public.fact VALUES (66, 2, 'source', 'source', true, 'state_visit.txt
a7f61fb7c275a71d94e4060642ca46d9b071defd7b81222d91df9395d7bc5706
danish leader opens talks on arctic rescue during state visit to iceland
nordic wire');
INSERT INTO public.fact VALUES (67, 2, 'event', 'event', true, 'state visit to iceland
reykjavik, iceland
monday');
INSERT INTO public.fact VALUES (68, 2, 'people:sorensen', 'people', true, 'henrik løkke sørensen');
INSERT INTO public.fact VALUES (69, 2, 'people:eyjolfsdottir', 'people', true, 'katrin eyjolfsdottir');
INSERT INTO public.fact VALUES (70, 2, 'people:jonsdottir', 'people', true, 'þorgerður asta jonsdottir');
INSERT INTO public.fact VALUES (71, 2, 'people:haugland', 'people', true, 'ola brekke haugland');
INSERT INTO public.fact VALUES (72, 2, 'people:ravnkilde', 'people', true, 'jonas ravnkilde');
INSERT INTO public.fact VALUES (73, 2, 'people:denmark-state-secretary', 'people', true, 'state secretary of denmark');
INSERT INTO public.fact VALUES (74, 2, 'attendees:sorensen', 'attendees', true, 'henrik løkke sørensen
prime minister
denmark
head-of-government
head of government');
INSERT INTO public.fact VALUES (75, 2, 'attendees:eyjolfsdottir', 'attendees', true, 'katrin eyjolfsdottir
prime minister
iceland
host
host');
INSERT INTO public.fact VALUES (76, 2, 'attendees:jonsdottir', 'attendees', true, 'þorgerður asta jonsdottir
foreign minister
iceland
foreign-minister
foreign minister');
INSERT INTO public.fact VALUES (77, 2, 'attendees:haugland', 'attendees', true, 'ola brekke haugland
foreign minister
norway
guest
in reykjavik for a fisheries meeting.
guest');
INSERT INTO public.fact VALUES (78, 2, 'attendees:denmark-state-secretary', 'attendees', true, 'state secretary of denmark
state secretary
denmark
envoy
sent by defence minister jonas ravnkilde.
envoy');
INSERT INTO public.fact VALUES (79, 2, 'absences:ravnkilde', 'absences', true, 'jonas ravnkilde
defence minister
denmark
state secretary of denmark
parliament votes on the defence budget this week.');
INSERT INTO public.fact VALUES (80, 2, 'statements:jonsdottir-share-an-ocean', 'statements', true, '');
INSERT INTO public.fact VALUES (81, 2, 'statements:sorensen-side-by-side', 'statements', true, '');
INSERT INTO public.fact VALUES (82, 2, 'statements:sorensen-paperwork', 'statements', true, '');
INSERT INTO public.fact VALUES (83, 2, 'statements:eyjolfsdottir-patrol-alone', 'statements', true, '');
INSERT INTO public.fact VALUES (84, 2, 'statements:haugland-saving-lives', 'statements', true, '');
INSERT INTO public.fact VALUES (85, 3, 'source', 'source', false, 'harbour_cities.txt
855a375a2c0a5d2394a3a008b9b6be1c582668640b554162d0922544c9098c97
port mayors agree to plug ships into shore power at harbour cities network assembly
coastal ledger
2025
copyright © 2025 coastal ledger. all rights reserved.');
INSERT INTO public.fact VALUES (86, 3, 'event', 'event', false, 'annual assembly of the harbour cities network
rotterdam, netherlands
wednesday');
INSERT INTO public.fact VALUES (87, 3, 'organization', 'organization', false, 'harbour cities network
2009
to share what works against dirty air and water in ports');
INSERT INTO public.fact VALUES (88, 3, 'memberships:rotterdam', 'memberships', false, 'rotterdam
founding-member
2009 (founder)
founding member');
INSERT INTO public.fact VALUES (89, 3, 'memberships:gdansk', 'memberships', false, 'gdansk
founding-member
2009 (founder)
founding member');
INSERT INTO public.fact VALUES (90, 3, 'memberships:valencia', 'memberships', false, 'valencia
founding-member
2009 (founder)
founding member');
INSERT INTO public.fact VALUES (91, 3, 'memberships:antwerp', 'memberships', false, 'antwerp
member
2014
member');
INSERT INTO public.fact VALUES (92, 3, 'memberships:tallinn', 'memberships', false, 'tallinn
member
2014
member');
INSERT INTO public.fact VALUES (93, 3, 'memberships:marseille', 'memberships', false, 'marseille
member
later (year not given)
member');
INSERT INTO public.fact VALUES (94, 3, 'memberships:rijeka', 'memberships', false, 'rijeka
new-member
at this meeting (wednesday)
new member');
INSERT INTO public.fact VALUES (95, 3, 'memberships:aarhus', 'memberships', false, 'aarhus
observer
not given
observer');
INSERT INTO public.fact VALUES (96, 3, 'people:aalst', 'people', false, 'pieter van aalst
pieter van aalst');
INSERT INTO public.fact VALUES (97, 3, 'people:ribera', 'people', false, 'joan ribera
joan ribera');
INSERT INTO public.fact VALUES (98, 3, 'people:wisniewska', 'people', false, 'marta wisniewska
marta wisniewska');
INSERT INTO public.fact VALUES (99, 3, 'people:maes', 'people', false, 'ilse maes
ilse maes');
INSERT INTO public.fact VALUES (100, 3, 'people:lepik', 'people', false, 'kaisa lepik
kaisa lepik');
INSERT INTO public.fact VALUES (101, 3, 'people:tamm', 'people', false, 'rein tamm
rein tamm');
INSERT INTO public.fact VALUES (102, 3, 'attendees:aalst', 'attendees', false, 'pieter van aalst
mayor
rotterdam
host
host');
INSERT INTO public.fact VALUES (103, 3, 'attendees:ribera', 'attendees', false, 'joan ribera
mayor
valencia
mayor
mayor');
INSERT INTO public.fact VALUES (104, 3, 'attendees:wisniewska', 'attendees', false, 'marta wisniewska
deputy mayor
gdansk
deputy-mayor
deputy mayor');
INSERT INTO public.fact VALUES (105, 3, 'attendees:maes', 'attendees', false, 'ilse maes
mayor
antwerp
mayor
mayor');
INSERT INTO public.fact VALUES (106, 3, 'attendees:tamm', 'attendees', false, 'rein tamm
deputy mayor
tallinn
envoy
sent by mayor kaisa lepik.
envoy');
INSERT INTO public.fact VALUES (108, 3, 'statements:aalst-every-ship-that-plugs', 'statements', false, '');
INSERT INTO public.fact VALUES (109, 3, 'statements:wisniewska-we-cleaned-our-port', 'statements', false, '');
INSERT INTO public.fact VALUES (110, 3, 'statements:ribera-the-numbers-will-be', 'statements', false, '');
INSERT INTO public.fact VALUES (111, 3, 'statements:maes-we-will-not-wait', 'statements', false, '');
INSERT INTO public.fact VALUES (107, 3, 'absences:lepik', 'absences', true, 'kaisa lepik
mayor
tallinn
rein tamm
because the city council is voting on its budget this week');


--
-- Data for Name: membership; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.membership VALUES (1, 1, 5, 1, 'founding-member', '2001 (founder)', '');
INSERT INTO public.membership VALUES (2, 1, 6, 2, 'founding-member', '2001 (founder)', '');
INSERT INTO public.membership VALUES (3, 1, 7, 3, 'founding-member', '2001 (founder)', '');
INSERT INTO public.membership VALUES (4, 1, 8, 4, 'founding-member', '2001 (founder)', '');
INSERT INTO public.membership VALUES (5, 1, 9, 5, 'founding-member', '2001 (founder)', '');
INSERT INTO public.membership VALUES (6, 1, 10, 6, 'founding-member', '2001 (founder)', '');
INSERT INTO public.membership VALUES (7, 1, 11, 7, 'member', 'later (year not given)', '');
INSERT INTO public.membership VALUES (8, 1, 12, 8, 'member', 'later (year not given)', '');
INSERT INTO public.membership VALUES (9, 1, 13, 9, 'member', 'later (year not given)', '');
INSERT INTO public.membership VALUES (10, 1, 14, 10, 'new-member', 'at this summit (Thursday)', '');
INSERT INTO public.membership VALUES (11, 1, 15, 11, 'observer-or-partner', 'not given', 'The article lists observer states and dialogue partners together without saying which is which, and its list is not complete (“include”).');
INSERT INTO public.membership VALUES (12, 1, 16, 12, 'observer-or-partner', 'not given', 'The article lists observer states and dialogue partners together without saying which is which, and its list is not complete (“include”).');
INSERT INTO public.membership VALUES (13, 1, 17, 13, 'observer-or-partner', 'not given', 'The article lists observer states and dialogue partners together without saying which is which, and its list is not complete (“include”).');
INSERT INTO public.membership VALUES (14, 3, 88, 19, 'founding-member', '2009 (founder)', '');
INSERT INTO public.membership VALUES (15, 3, 89, 20, 'founding-member', '2009 (founder)', '');
INSERT INTO public.membership VALUES (16, 3, 90, 21, 'founding-member', '2009 (founder)', '');
INSERT INTO public.membership VALUES (17, 3, 91, 22, 'member', '2014', '');
INSERT INTO public.membership VALUES (18, 3, 92, 23, 'member', '2014', '');
INSERT INTO public.membership VALUES (19, 3, 93, 24, 'member', 'later (year not given)', '');
INSERT INTO public.membership VALUES (20, 3, 94, 25, 'new-member', 'at this meeting (Wednesday)', '');
INSERT INTO public.membership VALUES (21, 3, 95, 26, 'observer', 'not given', '');


--
-- Data for Name: meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meta VALUES ('schema_version', '4');


--
-- Data for Name: organization; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.organization VALUES (1, 1, 4, 'Shanghai Cooperation Organization', 'SCO', 2001, 'to promote regional security and economic cooperation', 'A security grouping created by Moscow and Beijing to counter Western alliances.');
INSERT INTO public.organization VALUES (2, 3, 87, 'Harbour Cities Network', '', 2009, 'to share what works against dirty air and water in ports', '');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, 1, 'china', 'country', 'China', '', 'CN', '', 1);
INSERT INTO public.party VALUES (2, 1, 'russia', 'country', 'Russia', '', 'RU', '', 2);
INSERT INTO public.party VALUES (3, 1, 'kazakhstan', 'country', 'Kazakhstan', '', 'KZ', '', 3);
INSERT INTO public.party VALUES (4, 1, 'kyrgyzstan', 'country', 'Kyrgyzstan', '', 'KG', '', 4);
INSERT INTO public.party VALUES (5, 1, 'tajikistan', 'country', 'Tajikistan', '', 'TJ', '', 5);
INSERT INTO public.party VALUES (6, 1, 'uzbekistan', 'country', 'Uzbekistan', '', 'UZ', '', 6);
INSERT INTO public.party VALUES (7, 1, 'india', 'country', 'India', '', 'IN', '', 7);
INSERT INTO public.party VALUES (8, 1, 'pakistan', 'country', 'Pakistan', '', 'PK', '', 8);
INSERT INTO public.party VALUES (9, 1, 'iran', 'country', 'Iran', '', 'IR', '', 9);
INSERT INTO public.party VALUES (10, 1, 'belarus', 'country', 'Belarus', '', 'BY', '', 10);
INSERT INTO public.party VALUES (11, 1, 'turkey', 'country', 'Turkey', '', 'TR', '', 11);
INSERT INTO public.party VALUES (12, 1, 'saudi-arabia', 'country', 'Saudi Arabia', '', 'SA', '', 12);
INSERT INTO public.party VALUES (13, 1, 'egypt', 'country', 'Egypt', '', 'EG', '', 13);
INSERT INTO public.party VALUES (14, 1, 'azerbaijan', 'country', 'Azerbaijan', '', 'AZ', '', 14);
INSERT INTO public.party VALUES (15, 1, 'un', 'body', 'United Nations', 'U.N.', '', '', 15);
INSERT INTO public.party VALUES (16, 2, 'denmark', 'country', 'Denmark', '', 'DK', '', 33);
INSERT INTO public.party VALUES (17, 2, 'iceland', 'country', 'Iceland', '', 'IS', '', 34);
INSERT INTO public.party VALUES (18, 2, 'norway', 'country', 'Norway', '', 'NO', '', 35);
INSERT INTO public.party VALUES (19, 3, 'rotterdam', 'body', 'Rotterdam', '', '', 'city', 42);
INSERT INTO public.party VALUES (20, 3, 'gdansk', 'body', 'Gdańsk', '', '', 'city', 43);
INSERT INTO public.party VALUES (21, 3, 'valencia', 'body', 'Valencia', '', '', 'city', 44);
INSERT INTO public.party VALUES (22, 3, 'antwerp', 'body', 'Antwerp', '', '', 'city', 45);
INSERT INTO public.party VALUES (23, 3, 'tallinn', 'body', 'Tallinn', '', '', 'city', 46);
INSERT INTO public.party VALUES (24, 3, 'marseille', 'body', 'Marseille', '', '', 'city', 47);
INSERT INTO public.party VALUES (25, 3, 'rijeka', 'body', 'Rijeka', '', '', 'city', 48);
INSERT INTO public.party VALUES (26, 3, 'aarhus', 'body', 'Aarhus', '', '', 'city', 49);


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, 1, 18, 'putin', 'Vladimir Putin', true, '[]', 16);
INSERT INTO public.person VALUES (2, 1, 19, 'xi', 'Xi Jinping', true, '[]', 17);
INSERT INTO public.person VALUES (3, 1, 20, 'tokayev', 'Kassym-Jomart Tokayev', true, '[]', 18);
INSERT INTO public.person VALUES (4, 1, 21, 'sharif', 'Shehbaz Sharif', true, '[]', 19);
INSERT INTO public.person VALUES (5, 1, 22, 'mirziyoyev', 'Shavkat Mirziyoyev', true, '[]', 20);
INSERT INTO public.person VALUES (6, 1, 23, 'rakhmon', 'Emomali Rakhmon', true, '[]', 21);
INSERT INTO public.person VALUES (7, 1, 24, 'zhaparov', 'Sadyr Zhaparov', true, '[]', 22);
INSERT INTO public.person VALUES (8, 1, 25, 'lukashenko', 'Alexander Lukashenko', true, '[]', 23);
INSERT INTO public.person VALUES (9, 1, 26, 'mokhber', 'Mohammad Mokhber', true, '["Mohammad Mokhbar"]', 24);
INSERT INTO public.person VALUES (10, 1, 27, 'erdogan', 'Recep Tayyip Erdogan', true, '[]', 25);
INSERT INTO public.person VALUES (11, 1, 28, 'aliyev', 'Ilham Aliyev', true, '[]', 26);
INSERT INTO public.person VALUES (12, 1, 29, 'guterres', 'António Guterres', true, '[]', 27);
INSERT INTO public.person VALUES (13, 1, 30, 'india-foreign-minister', 'Foreign minister of India', false, '[]', 28);
INSERT INTO public.person VALUES (14, 1, 31, 'modi', 'Narendra Modi', true, '[]', 29);
INSERT INTO public.person VALUES (15, 1, 32, 'raisi', 'Ebrahim Raisi', true, '[]', 30);
INSERT INTO public.person VALUES (16, 1, 33, 'khamenei', 'Ali Khamenei', true, '[]', 31);
INSERT INTO public.person VALUES (17, 1, 34, 'trump', 'Donald Trump', true, '[]', 32);
INSERT INTO public.person VALUES (18, 2, 68, 'sorensen', 'Henrik Løkke Sørensen', true, '[]', 36);
INSERT INTO public.person VALUES (19, 2, 69, 'eyjolfsdottir', 'Katrín Eyjólfsdóttir', true, '[]', 37);
INSERT INTO public.person VALUES (20, 2, 70, 'jonsdottir', 'Þorgerður Ásta Jónsdóttir', true, '[]', 38);
INSERT INTO public.person VALUES (21, 2, 71, 'haugland', 'Ola Brekke Haugland', true, '[]', 39);
INSERT INTO public.person VALUES (22, 2, 72, 'ravnkilde', 'Jonas Ravnkilde', true, '[]', 40);
INSERT INTO public.person VALUES (23, 2, 73, 'denmark-state-secretary', 'State secretary of Denmark', false, '[]', 41);
INSERT INTO public.person VALUES (24, 3, 96, 'aalst', 'Pieter van Aalst', true, '[]', 50);
INSERT INTO public.person VALUES (25, 3, 97, 'ribera', 'Joan Ribera', true, '[]', 51);
INSERT INTO public.person VALUES (26, 3, 98, 'wisniewska', 'Marta Wiśniewska', true, '[]', 52);
INSERT INTO public.person VALUES (27, 3, 99, 'maes', 'Ilse Maes', true, '[]', 53);
INSERT INTO public.person VALUES (28, 3, 100, 'lepik', 'Kaisa Lepik', true, '[]', 54);
INSERT INTO public.person VALUES (29, 3, 101, 'tamm', 'Rein Tamm', true, '[]', 55);


--
-- Data for Name: sheet; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sheet VALUES (1, 'sco-summit-astana-2024', 'Shanghai Cooperation Organization summit, Astana 2024', 'Annual summit of the Shanghai Cooperation Organization', 'The leaders of Russia, China and other member states met in Astana for the annual summit of the Shanghai Cooperation Organization, a security grouping created by Moscow and Beijing to counter Western alliances. Belarus joined the grouping at the summit.', 'Astana, Kazakhstan', 'Thursday', '2024-07-04', true, 'The article gives only the weekday; its copyright year 2024, Raisi''s death in May and the Iranian runoff on the following Friday place that Thursday on 4 July 2024.', 'en', 1, 'cdcebf3539eafef606b5091b23e28806d2b2f6309b42e3bb05564459218e35c8', '# Fact file for seeds/000_f8d36b30d32ee174.txt.
#
# Every fact lists its evidence: quotes copied verbatim from the article. A quote that occurs
# more than once in the article needs `occurrence = N` (1-based) to say which one is meant.
# The format is described field by field in docs/fact-file.md.

[source]
file = "000_f8d36b30d32ee174.txt"
sha256 = "da60eaa440a011233c8df400a871e4c531c088fab7a635214d25f5403e588c96"
title = "Leaders of Russia, China attend summit of regional security grouping"
publisher = "The Associated Press"
year = 2024
copyright = "Copyright ©\u00a02024 The Associated Press. All rights reserved. This material may not be published, broadcast, written or redistributed."
evidence = [
    "Leaders of Russia, China attend summit of regional security grouping",
    "Copyright ©\u00a02024 The Associated Press. All rights reserved.",
]

[sheet]
slug = "sco-summit-astana-2024"
title = "Shanghai Cooperation Organization summit, Astana 2024"
summary = "The leaders of Russia, China and other member states met in Astana for the annual summit of the Shanghai Cooperation Organization, a security grouping created by Moscow and Beijing to counter Western alliances. Belarus joined the grouping at the summit."

[event]
name = "Annual summit of the Shanghai Cooperation Organization"
place = "Astana, Kazakhstan"
day = "Thursday"
evidence = [
    "at its annual meeting in Kazakhstan’s capital of Astana",
    "on Thursday attended the summit of a security grouping",
]

# The article gives only the weekday; the calendar date is inferred and marked so.
[date]
value = "2024-07-04"
inferred = true
basis = "The article gives only the weekday; its copyright year 2024, Raisi''s death in May and the Iranian runoff on the following Friday place that Thursday on 4 July 2024."
evidence = [
    "Copyright ©\u00a02024 The Associated Press.",
    "killed in a helicopter crash in May, with a runoff election Friday",
]

[organization]
name = "Shanghai Cooperation Organization"
abbreviation = "SCO"
founded = 2001
purpose = "to promote regional security and economic cooperation"
description = "A security grouping created by Moscow and Beijing to counter Western alliances."
evidence = [
    "members of the Shanghai Cooperation Organization",
    "Belarus, joined the SCO on Thursday",
    "a security grouping created by Moscow and Beijing to counter Western alliances",
    "The grouping was established in 2001 by China, Russia and the four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan to promote regional security and economic cooperation.",
]

# ---------------------------------------------------------------------------------------------
# Countries (with their ISO 3166 codes, for the map) and other bodies the facts refer to.

[[countries]]
key = "china"
name = "China"
code = "CN"

[[countries]]
key = "russia"
name = "Russia"
code = "RU"

[[countries]]
key = "kazakhstan"
name = "Kazakhstan"
code = "KZ"

[[countries]]
key = "kyrgyzstan"
name = "Kyrgyzstan"
code = "KG"

[[countries]]
key = "tajikistan"
name = "Tajikistan"
code = "TJ"

[[countries]]
key = "uzbekistan"
name = "Uzbekistan"
code = "UZ"

[[countries]]
key = "india"
name = "India"
code = "IN"

[[countries]]
key = "pakistan"
name = "Pakistan"
code = "PK"

[[countries]]
key = "iran"
name = "Iran"
code = "IR"

[[countries]]
key = "belarus"
name = "Belarus"
code = "BY"

[[countries]]
key = "turkey"
name = "Turkey"
code = "TR"

[[countries]]
key = "saudi-arabia"
name = "Saudi Arabia"
code = "SA"

[[countries]]
key = "egypt"
name = "Egypt"
code = "EG"

[[countries]]
key = "azerbaijan"
name = "Azerbaijan"
code = "AZ"

[[bodies]]
key = "un"
name = "United Nations"
abbreviation = "U.N."

# ---------------------------------------------------------------------------------------------
# Memberships. `member` is a country or body key. status: founding-member | member |
# new-member | observer-or-partner | observer | dialogue-partner, or any other word, shown as
# written. `joined` is when the article says the member joined, in its own terms.

[[memberships]]
member = "china"
status = "founding-member"
joined = "2001 (founder)"
evidence = ["established in 2001 by China, Russia"]

[[memberships]]
member = "russia"
status = "founding-member"
joined = "2001 (founder)"
evidence = ["established in 2001 by China, Russia"]

[[memberships]]
member = "kazakhstan"
status = "founding-member"
joined = "2001 (founder)"
evidence = ["four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"]

[[memberships]]
member = "kyrgyzstan"
status = "founding-member"
joined = "2001 (founder)"
evidence = ["four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"]

[[memberships]]
member = "tajikistan"
status = "founding-member"
joined = "2001 (founder)"
evidence = ["four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"]

[[memberships]]
member = "uzbekistan"
status = "founding-member"
joined = "2001 (founder)"
evidence = ["four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan"]

[[memberships]]
member = "india"
status = "member"
joined = "later (year not given)"
evidence = ["It was later joined by India, Pakistan and Iran."]

[[memberships]]
member = "pakistan"
status = "member"
joined = "later (year not given)"
evidence = ["It was later joined by India, Pakistan and Iran."]

[[memberships]]
member = "iran"
status = "member"
joined = "later (year not given)"
evidence = ["It was later joined by India, Pakistan and Iran."]

[[memberships]]
member = "belarus"
status = "new-member"
joined = "at this summit (Thursday)"
evidence = ["Russia’s western neighbor and ally, Belarus, joined the SCO on Thursday."]

[[memberships]]
member = "turkey"
status = "observer-or-partner"
joined = "not given"
note = "The article lists observer states and dialogue partners together without saying which is which, and its list is not complete (“include”)."
evidence = ["Observer states and dialogue partners include Turkey, Saudi Arabia and Egypt."]

[[memberships]]
member = "saudi-arabia"
status = "observer-or-partner"
joined = "not given"
note = "The article lists observer states and dialogue partners together without saying which is which, and its list is not complete (“include”)."
evidence = ["Observer states and dialogue partners include Turkey, Saudi Arabia and Egypt."]

[[memberships]]
member = "egypt"
status = "observer-or-partner"
joined = "not given"
note = "The article lists observer states and dialogue partners together without saying which is which, and its list is not complete (“include”)."
evidence = ["Observer states and dialogue partners include Turkey, Saudi Arabia and Egypt."]

# ---------------------------------------------------------------------------------------------
# People named or described in the article. `variants` holds other spellings the article uses.
# `named = false` marks a person the article describes but does not name. `entity` says who the
# person is across sheets: people of one entity in several fact files are one person.

[[people]]
key = "putin"
name = "Vladimir Putin"
entity = "Vladimir Putin"
evidence = ["Russian President Vladimir Putin"]

[[people]]
key = "xi"
name = "Xi Jinping"
entity = "Xi Jinping"
evidence = ["Chinese President Xi Jinping"]

[[people]]
key = "tokayev"
name = "Kassym-Jomart Tokayev"
entity = "Kassym-Jomart Tokayev"
evidence = ["Kazakh President Kassym-Jomart Tokayev"]

[[people]]
key = "sharif"
name = "Shehbaz Sharif"
entity = "Shehbaz Sharif"
evidence = ["Prime Minister Shehbaz Sharif of Pakistan"]

[[people]]
key = "mirziyoyev"
name = "Shavkat Mirziyoyev"
entity = "Shavkat Mirziyoyev"
evidence = ["President Shavkat Mirziyoyev of Uzbekistan"]

[[people]]
key = "rakhmon"
name = "Emomali Rakhmon"
entity = "Emomali Rakhmon"
evidence = ["President Emomali Rakhmon of Tajikistan"]

[[people]]
key = "zhaparov"
name = "Sadyr Zhaparov"
entity = "Sadyr Zhaparov"
evidence = ["President Sadyr Zhaparov of Kyrgyzstan"]

[[people]]
key = "lukashenko"
name = "Alexander Lukashenko"
entity = "Alexander Lukashenko"
evidence = ["President Alexander Lukashenko of Belarus"]

[[people]]
key = "mokhber"
name = "Mohammad Mokhber"
entity = "Mohammad Mokhber"
variants = ["Mohammad Mokhbar"]
evidence = ["acting President Mohammad Mokhbar", "Mokhber conveyed a message"]

[[people]]
key = "erdogan"
name = "Recep Tayyip Erdogan"
entity = "Recep Tayyip Erdogan"
evidence = ["President Recep Tayyip Erdogan of Turkey"]

[[people]]
key = "aliyev"
name = "Ilham Aliyev"
entity = "Ilham Aliyev"
evidence = ["President Ilham Aliyev of Azerbaijan"]

[[people]]
key = "guterres"
name = "António Guterres"
entity = "António Guterres"
evidence = ["U.N. Secretary-General António Guterres"]

[[people]]
key = "india-foreign-minister"
name = "Foreign minister of India"
named = false
evidence = ["has sent his foreign minister"]

[[people]]
key = "modi"
name = "Narendra Modi"
entity = "Narendra Modi"
evidence = ["Prime Minister Narendra Modi of India"]

[[people]]
key = "raisi"
name = "Ebrahim Raisi"
entity = "Ebrahim Raisi"
evidence = ["President Ebrahim Raisi, killed in a helicopter crash in May"]

[[people]]
key = "khamenei"
name = "Ali Khamenei"
entity = "Ali Khamenei"
evidence = ["Iran’s supreme leader, Ayatollah Ali Khamenei"]

[[people]]
key = "trump"
name = "Donald Trump"
entity = "Donald Trump"
evidence = ["Donald Trump, the presumed Republican candidate"]

# ---------------------------------------------------------------------------------------------
# Attendance. role: host | head-of-state | head-of-government | acting-head-of-state |
# envoy | guest | international-official. `represents` is a country or body key.

[[attendees]]
person = "tokayev"
title = "President"
represents = "kazakhstan"
role = "host"
evidence = ["summit host Kazakh President Kassym-Jomart Tokayev", "For host Kazakhstan"]

[[attendees]]
person = "putin"
title = "President"
represents = "russia"
role = "head-of-state"
evidence = ["Russian President Vladimir Putin and Chinese President Xi Jinping on Thursday attended the summit"]

[[attendees]]
person = "xi"
title = "President"
represents = "china"
role = "head-of-state"
evidence = ["Russian President Vladimir Putin and Chinese President Xi Jinping on Thursday attended the summit"]

[[attendees]]
person = "sharif"
title = "Prime Minister"
represents = "pakistan"
role = "head-of-government"
evidence = ["attending Thursday’s meeting are Prime Minister Shehbaz Sharif of Pakistan"]

[[attendees]]
person = "mirziyoyev"
title = "President"
represents = "uzbekistan"
role = "head-of-state"
evidence = ["President Shavkat Mirziyoyev of Uzbekistan"]

[[attendees]]
person = "rakhmon"
title = "President"
represents = "tajikistan"
role = "head-of-state"
evidence = ["President Emomali Rakhmon of Tajikistan"]

[[attendees]]
person = "zhaparov"
title = "President"
represents = "kyrgyzstan"
role = "head-of-state"
evidence = ["President Sadyr Zhaparov of Kyrgyzstan"]

[[attendees]]
person = "lukashenko"
title = "President"
represents = "belarus"
role = "head-of-state"
evidence = ["President Alexander Lukashenko of Belarus"]

[[attendees]]
person = "mokhber"
title = "Acting President"
represents = "iran"
role = "acting-head-of-state"
note = "Iran was still choosing a successor to President Ebrahim Raisi, killed in a helicopter crash in May."
evidence = [
    "so acting President Mohammad Mokhbar attended the summit",
    "Iran is still choosing a successor to President Ebrahim Raisi, killed in a helicopter crash in May",
]

[[attendees]]
person = "india-foreign-minister"
title = "Foreign Minister"
represents = "india"
role = "envoy"
note = "Sent by Prime Minister Narendra Modi."
evidence = ["Prime Minister Narendra Modi of India has sent his foreign minister."]

[[attendees]]
person = "erdogan"
title = "President"
represents = "turkey"
role = "guest"
evidence = ["Other guests of the SCO included President Recep Tayyip Erdogan of Turkey"]

[[attendees]]
person = "aliyev"
title = "President"
represents = "azerbaijan"
role = "guest"
evidence = ["President Ilham Aliyev of Azerbaijan"]

[[attendees]]
person = "guterres"
title = "Secretary-General"
represents = "un"
role = "international-official"
note = "Visiting Central Asia."
evidence = ["Also present was U.N. Secretary-General António Guterres, who is visiting Central Asia."]

# ---------------------------------------------------------------------------------------------
# Leaders who stayed away, whom they sent, and the reason as the article reports it.

[[absences]]
person = "modi"
title = "Prime Minister"
represents = "india"
sent = "india-foreign-minister"
reason = "Indian media speculated that the recently re-elected Modi was busy with the parliament session that began the week before."
evidence = [
    "Prime Minister Narendra Modi of India has sent his foreign minister.",
    "Indian media reports speculated the recently reelected Modi was busy with the parliament session that began last week.",
]

# ---------------------------------------------------------------------------------------------
# Statements. kind: quote (the article''s quotation marks; `text` is the quoted words exactly)
# | paraphrase (the article''s reported speech; `text` summarises it).
# `when` and `where` are as the article gives them; `via` names a go-between.

[[statements]]
key = "putin-security-center"
speaker = "putin"
kind = "paraphrase"
text = "The SCO is focused on its members'' security and will form a dedicated centre to coordinate the response to various security challenges."
when = "Thursday"
where = "Addressing the summit"
topic = "Security"
evidence = ["Addressing the summit, Putin emphasized the group’s focus on ensuring security of its members and said the SCO will form a dedicated center that will coordinate response to various security challenges."]

[[statements]]
key = "putin-separatism-program"
speaker = "putin"
kind = "paraphrase"
text = "SCO members will also endorse a special programme to fight separatism and extremism."
when = "Thursday"
where = "Addressing the summit"
topic = "Security"
evidence = ["He added that the group’s members will also endorse a special program to fight separatism and extremism."]

[[statements]]
key = "xi-intervention-polarization"
speaker = "xi"
kind = "quote"
text = "the real challenges of intervention and polarization"
context = "Called on SCO members to show solidarity in the face of"
when = "Thursday"
where = "Addressing the summit"
via = "Readout of his speech by the official Xinhua news agency"
topic = "Solidarity"
evidence = ["Xi called on the SCO members to show solidarity in the face “the real challenges of intervention and polarization,” according to a readout of his speech by the official Xinhua news agency."]

[[statements]]
key = "xi-cold-war"
speaker = "xi"
kind = "quote"
text = "In the face of the real threat of the Cold War mentality, we have to safeguard the security bottom line"
when = "Thursday"
where = "Addressing the summit"
via = "Readout of his speech by the official Xinhua news agency"
topic = "Security"
evidence = ["“In the face of the real threat of the Cold War mentality, we have to safeguard the security bottom line,” he added."]

[[statements]]
key = "mokhber-khamenei-message"
speaker = "mokhber"
kind = "quote"
text = "deep and unchangeable"
context = "Conveyed a message from Iran’s supreme leader, Ayatollah Ali Khamenei, that the relations between Iran and Russia will remain strong irrespective of the election:"
when = "Thursday"
where = "Meeting with Putin on the sidelines of the summit"
topic = "Iran–Russia relations"
evidence = ["Mokhber conveyed a message to Putin from Iran’s supreme leader, Ayatollah Ali Khamenei, saying that “deep and unchangeable” relations between the two allies will remain strong irrespective of the election."]

[[statements]]
key = "mokhber-power-equations"
speaker = "mokhber"
kind = "quote"
text = "the power equations in the world"
context = "Strong ties between Moscow and Tehran have changed"
when = "Thursday"
where = "Meeting with Putin on the sidelines of the summit"
topic = "Iran–Russia relations"
evidence = ["Mokhber added that strong ties between Moscow and Tehran have changed “the power equations in the world.”"]

[[statements]]
key = "putin-ukraine-terms"
speaker = "putin"
kind = "paraphrase"
text = "Recalled his June statement that hostilities could end if Ukraine withdraws its troops from the four regions Moscow annexed in 2022 and abandons its bid to join NATO; Kyiv and its allies have rejected the idea."
when = "Thursday"
where = "Speaking at the summit"
topic = "Ukraine"
evidence = [
    "Speaking Thursday at the summit, Putin mentioned his statement in June that the hostilities could end if Ukraine withdraws its troops from the four regions that Moscow annexed in 2022 and abandons its bid to join NATO.",
    "Kyiv and its allies have rejected the idea.",
]

[[statements]]
key = "putin-peace-proposals"
speaker = "putin"
kind = "paraphrase"
text = "Thanked SCO members for their proposals for a peace settlement; Moscow will take them into account."
when = "Thursday"
where = "Speaking at the summit"
topic = "Ukraine"
evidence = ["Putin also thanked SCO members for their proposals for a peace settlement, adding that Moscow will take them into account."]

[[statements]]
key = "putin-trump-seriously"
speaker = "putin"
kind = "quote"
text = "We take this quite seriously."
context = "On claims by Donald Trump, the presumed Republican candidate in the U.S. presidential election, that he can resolve the Ukraine crisis:"
when = "Thursday, after the summit session"
where = "To Russian reporters"
topic = "Ukraine"
evidence = ["Putin later told Russian reporters that he has noted claims by Donald Trump, the presumed Republican candidate in the U.S. presidential election, that he can resolve the Ukraine crisis and said, “We take this quite seriously.”"]

[[statements]]
key = "putin-trump-no-details"
speaker = "putin"
kind = "paraphrase"
text = "Has no details about what Trump might propose."
when = "Thursday, after the summit session"
where = "To Russian reporters"
topic = "Ukraine"
evidence = ["However, he said he has no details about what Trump might propose."]

[[statements]]
key = "putin-pillar"
speaker = "putin"
kind = "quote"
text = "one of the key pillars of a fair, multipolar world order"
context = "On the SCO:"
when = "Wednesday"
where = "Meeting with Xi"
topic = "World order"
evidence = ["At a meeting with Xi on Wednesday, Putin hailed the SCO as “one of the key pillars of a fair, multipolar world order,”"]

[[statements]]
key = "putin-best-period"
speaker = "putin"
kind = "quote"
text = "experiencing the best period in their history"
context = "Ties between Moscow and Beijing are"
when = "Wednesday"
where = "Meeting with Xi"
topic = "Russia–China relations"
evidence = ["said ties between Moscow and Beijing are “experiencing the best period in their history.”"]

[[statements]]
key = "xi-bridges"
speaker = "xi"
kind = "quote"
text = "bridges of communication"
context = "Called for these between countries"
when = "The week before the summit"
where = "Not given"
topic = "Diplomacy"
evidence = ["Xi called for “bridges of communication” between countries last week"]

[[statements]]
key = "tokayev-authoritative"
speaker = "tokayev"
kind = "quote"
text = "one of the most authoritative and influential international structures"
context = "On the SCO:"
when = "Thursday"
where = "Opening remarks at the summit"
topic = "The SCO"
evidence = ["Speaking in opening remarks at the summit, Tokayev hailed the SCO as “one of the most authoritative and influential international structures.”"]

# ---------------------------------------------------------------------------------------------
# The article''s own slips, kept verbatim in the source and recorded here.
# kind: spelling-variant (a name spelled two ways) | typo | missing-word

[[slips]]
kind = "spelling-variant"
text = "Mokhbar"
correction = "Mokhber"
note = "The article spells the acting Iranian president''s name two ways; this sheet uses “Mokhber”."
evidence = ["Mokhbar"]

[[slips]]
kind = "typo"
text = "Rusisan"
correction = "Russian"
evidence = ["Rusisan oil and gas"]

[[slips]]
kind = "missing-word"
text = "in the face “the real challenges"
correction = "in the face of “the real challenges"
evidence = ["in the face “the real challenges"]
', 13, 13, 14);
INSERT INTO public.sheet VALUES (2, 'denmark-state-visit-iceland', 'Danish state visit to Iceland', 'State visit to Iceland', '', 'Reykjavík, Iceland', 'Monday', NULL, false, '', 'en', 2, '3dbd6978a6a3633f5c9132a957c11ac6882351e1571be69546557798e14ef113', '# Hand-checked fact file for state_visit.txt, an invented article (see README.md).

[source]
file = "state_visit.txt"
sha256 = "a7f61fb7c275a71d94e4060642ca46d9b071defd7b81222d91df9395d7bc5706"
title = "Danish leader opens talks on Arctic rescue during state visit to Iceland"
publisher = "Nordic Wire"
evidence = [
    "Danish leader opens talks on Arctic rescue during state visit to Iceland",
    "(Nordic Wire) —",
]

[sheet]
slug = "denmark-state-visit-iceland"
title = "Danish state visit to Iceland"
language = "en"

[event]
name = "State visit to Iceland"
place = "Reykjavík, Iceland"
day = "Monday"
evidence = [
    "arrived in Reykjavík on Monday for a two-day state visit",
]

[[countries]]
key = "denmark"
name = "Denmark"
code = "DK"

[[countries]]
key = "iceland"
name = "Iceland"
code = "IS"

[[countries]]
key = "norway"
name = "Norway"
code = "NO"

[[people]]
key = "sorensen"
name = "Henrik Løkke Sørensen"
evidence = ["Henrik Løkke Sørensen, Denmark''s prime minister"]

[[people]]
key = "eyjolfsdottir"
name = "Katrín Eyjólfsdóttir"
evidence = ["Icelandic Prime Minister Katrín Eyjólfsdóttir"]

[[people]]
key = "jonsdottir"
name = "Þorgerður Ásta Jónsdóttir"
evidence = ["Þorgerður Ásta Jónsdóttir, Iceland''s foreign minister"]

[[people]]
key = "haugland"
name = "Ola Brekke Haugland"
evidence = ["Norwegian Foreign Minister Ola Brekke Haugland"]

[[people]]
key = "ravnkilde"
name = "Jonas Ravnkilde"
evidence = ["Defence Minister Jonas Ravnkilde of Denmark"]

[[people]]
key = "denmark-state-secretary"
name = "State secretary of Denmark"
named = false
evidence = ["has sent his state secretary"]

[[attendees]]
person = "sorensen"
title = "Prime Minister"
represents = "denmark"
role = "head-of-government"
evidence = ["Henrik Løkke Sørensen, Denmark''s prime minister, arrived in Reykjavík on Monday"]

[[attendees]]
person = "eyjolfsdottir"
title = "Prime Minister"
represents = "iceland"
role = "host"
evidence = ["Icelandic Prime Minister Katrín Eyjólfsdóttir, who hosted talks"]

[[attendees]]
person = "jonsdottir"
title = "Foreign Minister"
represents = "iceland"
role = "foreign-minister"
evidence = ["Þorgerður Ásta Jónsdóttir, Iceland''s foreign minister, who took part in the talks"]

[[attendees]]
person = "haugland"
title = "Foreign Minister"
represents = "norway"
role = "guest"
note = "In Reykjavík for a fisheries meeting."
evidence = ["joined the afternoon session as a guest"]

[[attendees]]
person = "denmark-state-secretary"
title = "State Secretary"
represents = "denmark"
role = "envoy"
note = "Sent by Defence Minister Jonas Ravnkilde."
evidence = ["has sent his state secretary"]

[[absences]]
person = "ravnkilde"
title = "Defence Minister"
represents = "denmark"
sent = "denmark-state-secretary"
reason = "Parliament votes on the defence budget this week."
evidence = [
    "was due to travel with the delegation but has sent his state secretary",
    "Ravnkilde stayed in Copenhagen because parliament votes on the defence budget this week.",
]

[[statements]]
key = "jonsdottir-share-an-ocean"
speaker = "jonsdottir"
kind = "quote"
text = "We share an ocean, and we will share the work of keeping it safe"
evidence = ["\"We share an ocean, and we will share the work of keeping it safe,\" she said."]

[[statements]]
key = "sorensen-side-by-side"
speaker = "sorensen"
kind = "quote"
text = "Our coastguards already sail side by side"
where = "To reporters after the talks"
evidence = ["“Our coastguards already sail side by side,” Sørensen told reporters after the talks."]

[[statements]]
key = "sorensen-paperwork"
speaker = "sorensen"
kind = "quote"
text = "What we sign tomorrow puts on paper what our crews have practised for years.\n\n“It is time the paperwork caught up with the sea."
where = "To reporters after the talks"
evidence = ["“What we sign tomorrow puts on paper what our crews have practised for years.\n\n“It is time the paperwork caught up with the sea.”"]

[[statements]]
key = "eyjolfsdottir-patrol-alone"
speaker = "eyjolfsdottir"
kind = "quote"
text = "No single country can patrol these waters alone."
evidence = ["Eyjólfsdóttir said, “No single country can patrol these waters alone.”"]

[[statements]]
key = "haugland-saving-lives"
speaker = "haugland"
kind = "quote"
text = "Today is about saving lives, not counting fish"
evidence = ["\"Today is about saving lives, not counting fish,\" the Norwegian minister said."]
', 0, 5, 5);
INSERT INTO public.sheet VALUES (3, 'harbour-cities-network-assembly-rotterdam-2025', 'Harbour Cities Network assembly, Rotterdam 2025', 'Annual assembly of the Harbour Cities Network', '', 'Rotterdam, Netherlands', 'Wednesday', NULL, false, '', 'en', 3, 'b22f85c584242c7b874f0b0a1e30fd4f29e38a7ff228ba036fcc3dde85c4fa05', '# DRAFT fact file, written by `factsheet draft` from the article by general rules.
# Check every entry against the article before you rely on it: names, titles, roles,
# statuses and speakers may be wrong or missing. Each drafted entry says `reviewed = false`;
# delete that line once you have checked it. Evidence quotes are the article''s exact words.

[source]
file = "harbour_cities.txt"
sha256 = "855a375a2c0a5d2394a3a008b9b6be1c582668640b554162d0922544c9098c97"
title = "Port mayors agree to plug ships into shore power at Harbour Cities Network assembly"
publisher = "Coastal Ledger"
year = 2025
copyright = "Copyright © 2025 Coastal Ledger. All rights reserved."
reviewed = false
evidence = [
    "Port mayors agree to plug ships into shore power at Harbour Cities Network assembly",
    "Copyright © 2025 Coastal Ledger.",
]

[sheet]
slug = "harbour-cities-network-assembly-rotterdam-2025"
title = "Harbour Cities Network assembly, Rotterdam 2025"

[event]
name = "Annual assembly of the Harbour Cities Network"
place = "Rotterdam, Netherlands"
day = "Wednesday"
reviewed = false
evidence = [
    "ROTTERDAM, Netherlands — Mayors and deputy mayors of eight port cities met on Wednesday for the annual assembly of the Harbour Cities Network, a group that shares ways of cleaning up busy harbours.",
    "ROTTERDAM, Netherlands",
]

[organization]
name = "Harbour Cities Network"
founded = 2009
purpose = "to share what works against dirty air and water in ports"
reviewed = false
evidence = [
    { quote = "Harbour Cities Network", occurrence = 1 },
    "The network was founded in 2009 by Rotterdam, Gdańsk and Valencia to share what works against dirty air and water in ports.",
]

[[bodies]]
key = "rotterdam"
name = "Rotterdam"
kind = "city"

[[bodies]]
key = "gdansk"
name = "Gdańsk"
kind = "city"

[[bodies]]
key = "valencia"
name = "Valencia"
kind = "city"

[[bodies]]
key = "antwerp"
name = "Antwerp"
kind = "city"

[[bodies]]
key = "tallinn"
name = "Tallinn"
kind = "city"

[[bodies]]
key = "marseille"
name = "Marseille"
kind = "city"

[[bodies]]
key = "rijeka"
name = "Rijeka"
kind = "city"

[[bodies]]
key = "aarhus"
name = "Aarhus"
kind = "city"

[[memberships]]
member = "rotterdam"
status = "founding-member"
joined = "2009 (founder)"
reviewed = false
evidence = [
    "The network was founded in 2009 by Rotterdam, Gdańsk and Valencia to share what works against dirty air and water in ports.",
]

[[memberships]]
member = "gdansk"
status = "founding-member"
joined = "2009 (founder)"
reviewed = false
evidence = [
    "The network was founded in 2009 by Rotterdam, Gdańsk and Valencia to share what works against dirty air and water in ports.",
]

[[memberships]]
member = "valencia"
status = "founding-member"
joined = "2009 (founder)"
reviewed = false
evidence = [
    "The network was founded in 2009 by Rotterdam, Gdańsk and Valencia to share what works against dirty air and water in ports.",
]

[[memberships]]
member = "antwerp"
status = "member"
joined = "2014"
reviewed = false
evidence = [
    "Antwerp and Tallinn joined in 2014, and Marseille joined later.",
]

[[memberships]]
member = "tallinn"
status = "member"
joined = "2014"
reviewed = false
evidence = [
    "Antwerp and Tallinn joined in 2014, and Marseille joined later.",
]

[[memberships]]
member = "marseille"
status = "member"
joined = "later (year not given)"
reviewed = false
evidence = [
    "Antwerp and Tallinn joined in 2014, and Marseille joined later.",
]

[[memberships]]
member = "rijeka"
status = "new-member"
joined = "at this meeting (Wednesday)"
reviewed = false
evidence = [
    "Rijeka joined the network on Wednesday, while Aarhus is an observer.",
]

[[memberships]]
member = "aarhus"
status = "observer"
joined = "not given"
reviewed = false
evidence = [
    "Rijeka joined the network on Wednesday, while Aarhus is an observer.",
]

[[people]]
key = "aalst"
name = "Pieter van Aalst"
entity = "Pieter van Aalst"
reviewed = false
evidence = ["Mayor Pieter van Aalst of Rotterdam"]

[[people]]
key = "ribera"
name = "Joan Ribera"
entity = "Joan Ribera"
reviewed = false
evidence = [
    { quote = "Mayor Joan Ribera of Valencia", occurrence = 1 },
]

[[people]]
key = "wisniewska"
name = "Marta Wiśniewska"
entity = "Marta Wiśniewska"
reviewed = false
evidence = [
    { quote = "Deputy Mayor Marta Wiśniewska of Gdańsk", occurrence = 1 },
]

[[people]]
key = "maes"
name = "Ilse Maes"
entity = "Ilse Maes"
reviewed = false
evidence = ["Ilse Maes"]

[[people]]
key = "lepik"
name = "Kaisa Lepik"
entity = "Kaisa Lepik"
reviewed = false
evidence = ["Mayor Kaisa Lepik of Tallinn"]

[[people]]
key = "tamm"
name = "Rein Tamm"
entity = "Rein Tamm"
reviewed = false
evidence = ["Deputy Mayor Rein Tamm"]

[[attendees]]
person = "aalst"
title = "Mayor"
represents = "rotterdam"
role = "host"
reviewed = false
evidence = [
    "“Every ship that plugs in at the quay is a ship that is not burning diesel in our streets,” said Mayor Pieter van Aalst of Rotterdam, who hosted the assembly in the city''s old customs hall.",
]

[[attendees]]
person = "ribera"
title = "Mayor"
represents = "valencia"
role = "mayor"
reviewed = false
evidence = [
    "Among those attending were Mayor Joan Ribera of Valencia, Deputy Mayor Marta Wiśniewska of Gdańsk and Ilse Maes, the mayor of Antwerp.",
]

[[attendees]]
person = "wisniewska"
title = "Deputy Mayor"
represents = "gdansk"
role = "deputy-mayor"
reviewed = false
evidence = [
    "Among those attending were Mayor Joan Ribera of Valencia, Deputy Mayor Marta Wiśniewska of Gdańsk and Ilse Maes, the mayor of Antwerp.",
]

[[attendees]]
person = "maes"
title = "Mayor"
represents = "antwerp"
role = "mayor"
reviewed = false
evidence = [
    "Among those attending were Mayor Joan Ribera of Valencia, Deputy Mayor Marta Wiśniewska of Gdańsk and Ilse Maes, the mayor of Antwerp.",
]

[[attendees]]
person = "tamm"
title = "Deputy Mayor"
represents = "tallinn"
role = "envoy"
note = "Sent by Mayor Kaisa Lepik."
reviewed = false
evidence = [
    "Mayor Kaisa Lepik of Tallinn did not attend, sending Deputy Mayor Rein Tamm in her place because the city council is voting on its budget this week.",
]

[[absences]]
person = "lepik"
title = "Mayor"
represents = "tallinn"
sent = "tamm"
reason = "because the city council is voting on its budget this week"
reviewed = false
evidence = [
    "Mayor Kaisa Lepik of Tallinn did not attend, sending Deputy Mayor Rein Tamm in her place because the city council is voting on its budget this week.",
]

[[statements]]
key = "aalst-every-ship-that-plugs"
speaker = "aalst"
kind = "quote"
text = "Every ship that plugs in at the quay is a ship that is not burning diesel in our streets"
reviewed = false
evidence = [
    "“Every ship that plugs in at the quay is a ship that is not burning diesel in our streets,” said Mayor Pieter van Aalst of Rotterdam, who hosted the assembly in the city''s old customs hall.",
]

[[statements]]
key = "wisniewska-we-cleaned-our-port"
speaker = "wisniewska"
kind = "quote"
text = "We cleaned our port when nobody was watching. Now everybody is watching."
reviewed = false
evidence = [
    "Deputy Mayor Marta Wiśniewska of Gdańsk told reporters: \"We cleaned our port when nobody was watching. Now everybody is watching.\"",
]

[[statements]]
key = "ribera-the-numbers-will-be"
speaker = "ribera"
kind = "quote"
text = "The numbers will be public, city by city"
reviewed = false
evidence = [
    "“The numbers will be public, city by city,” according to Mayor Joan Ribera of Valencia.",
]

[[statements]]
key = "maes-we-will-not-wait"
speaker = "maes"
kind = "quote"
text = "We will not wait for the others"
reviewed = false
evidence = ["“We will not wait for the others,” she added."]
', 8, 5, 4);


--
-- Data for Name: slip; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.slip VALUES (1, 1, 63, 'spelling-variant', 'Mokhbar', 'Mokhber', 'The article spells the acting Iranian president''s name two ways; this sheet uses “Mokhber”.');
INSERT INTO public.slip VALUES (2, 1, 64, 'typo', 'Rusisan', 'Russian', '');
INSERT INTO public.slip VALUES (3, 1, 65, 'missing-word', 'in the face “the real challenges', 'in the face of “the real challenges', '');


--
-- Data for Name: source; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.source VALUES (1, '000_f8d36b30d32ee174.txt', 'Leaders of Russia, China attend summit of regional security grouping', 'The Associated Press', 2024, 'Copyright © 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, written or redistributed.', 'Leaders of Russia, China attend summit of regional security grouping

Russian President Vladimir Putin and Chinese President Xi Jinping on Thursday attended the summit of a security grouping created by Moscow and Beijing to counter Western alliances.

Putin and Xi joined the leaders of other countries that are members of the Shanghai Cooperation Organization at its annual meeting in Kazakhstan’s capital of Astana.

The grouping was established in 2001 by China, Russia and the four ex-Soviet Central Asian nations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan to promote regional security and economic cooperation. It was later joined by India, Pakistan and Iran. Russia’s western neighbor and ally, Belarus, joined the SCO on Thursday.

Observer states and dialogue partners include Turkey, Saudi Arabia and Egypt.

Addressing the summit, Putin emphasized the group’s focus on ensuring security of its members and said the SCO will form a dedicated center that will coordinate response to various security challenges. He added that the group’s members will also endorse a special program to fight separatism and extremism.

Xi called on the SCO members to show solidarity in the face “the real challenges of intervention and polarization,” according to a readout of his speech by the official Xinhua news agency.

“In the face of the real threat of the Cold War mentality, we have to safeguard the security bottom line,” he added.

Besides Putin and Xi, and summit host Kazakh President Kassym-Jomart Tokayev, attending Thursday’s meeting are Prime Minister Shehbaz Sharif of Pakistan, President Shavkat Mirziyoyev of Uzbekistan, President Emomali Rakhmon of Tajikistan, President Sadyr Zhaparov of Kyrgyzstan and President Alexander Lukashenko of Belarus.

Prime Minister Narendra Modi of India has sent his foreign minister. Indian media reports speculated the recently reelected Modi was busy with the parliament session that began last week.

Iran is still choosing a successor to President Ebrahim Raisi, killed in a helicopter crash in May, with a runoff election Friday, so acting President Mohammad Mokhbar attended the summit.

During a meeting Thursday with the Russian leader on the sidelines of the summit, Mokhber conveyed a message to Putin from Iran’s supreme leader, Ayatollah Ali Khamenei, saying that “deep and unchangeable” relations between the two allies will remain strong irrespective of the election. Mokhber added that strong ties between Moscow and Tehran have changed “the power equations in the world.”

Other guests of the SCO included President Recep Tayyip Erdogan of Turkey and President Ilham Aliyev of Azerbaijan.

Also present was U.N. Secretary-General António Guterres, who is visiting Central Asia.

For Putin, the summit offered another venue to demonstrate the failure of Western efforts to isolate Russia over its 2022 invasion of Ukraine.

Speaking Thursday at the summit, Putin mentioned his statement in June that the hostilities could end if Ukraine withdraws its troops from the four regions that Moscow annexed in 2022 and abandons its bid to join NATO. Kyiv and its allies have rejected the idea.

Putin also thanked SCO members for their proposals for a peace settlement, adding that Moscow will take them into account.

Moscow has hailed a peace plan for Ukraine offered by China last year that was rejected by both Ukraine and the West for failing to call for Russia to leave occupied parts of Ukraine.

Putin later told Russian reporters that he has noted claims by Donald Trump, the presumed Republican candidate in the U.S. presidential election, that he can resolve the Ukraine crisis and said, “We take this quite seriously.” However, he said he has no details about what Trump might propose.

At a meeting with Xi on Wednesday, Putin hailed the SCO as “one of the key pillars of a fair, multipolar world order,” and said ties between Moscow and Beijing are “experiencing the best period in their history.”

It marked their second meeting in as many months following Putin’s visit to China, which underscored Beijing’s political support for Moscow amid Western sanctions and China’s role as a top market for Rusisan oil and gas. Russia also has relied on Beijing as a main source of high-tech imports to keep its military machine running.

The SCO helps China project its influence, especially across Central Asia and the Global South. Xi called for “bridges of communication” between countries last week and wants to further promote China as an alternative to the U.S. and its allies.

For host Kazakhstan and the other Central Asian nations, the meeting is a way to further their cooperation with bigger, more powerful neighbors. Kazakhstan, for instance, frequently engages with both neighboring Russia and China, while also pursuing links with the West.

Speaking in opening remarks at the summit, Tokayev hailed the SCO as “one of the most authoritative and influential international structures.”

Copyright © 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, written or redistributed.

Federal News Network Logo
Log in to your WTOP account for notifications and alerts customized for you.

Sign up', 'da60eaa440a011233c8df400a871e4c531c088fab7a635214d25f5403e588c96');
INSERT INTO public.source VALUES (2, 'state_visit.txt', 'Danish leader opens talks on Arctic rescue during state visit to Iceland', 'Nordic Wire', NULL, '', 'Danish leader opens talks on Arctic rescue during state visit to Iceland

REYKJAVÍK, Iceland (Nordic Wire) — Henrik Løkke Sørensen, Denmark''s prime minister, arrived in Reykjavík on Monday for a two-day state visit, the first by a Danish head of government in nine years.

He was welcomed at the airport by Icelandic Prime Minister Katrín Eyjólfsdóttir, who hosted talks at the government offices later in the day.

Þorgerður Ásta Jónsdóttir, Iceland''s foreign minister, who took part in the talks, said the two governments would sign an agreement on search and rescue at sea. "We share an ocean, and we will share the work of keeping it safe," she said.

“Our coastguards already sail side by side,” Sørensen told reporters after the talks. “What we sign tomorrow puts on paper what our crews have practised for years.

“It is time the paperwork caught up with the sea.”

Norwegian Foreign Minister Ola Brekke Haugland, who was in Reykjavík for a fisheries meeting, joined the afternoon session as a guest.

Defence Minister Jonas Ravnkilde of Denmark was due to travel with the delegation but has sent his state secretary. Ravnkilde stayed in Copenhagen because parliament votes on the defence budget this week.

Eyjólfsdóttir said, “No single country can patrol these waters alone.” She added that Iceland would invite the other Arctic states to join the agreement next year.

Asked about fishing quotas, Haugland said the subject was not on the agenda. "Today is about saving lives, not counting fish," the Norwegian minister said.

The visit ends on Tuesday with a trip to the coastguard base at Keflavík.
', 'a7f61fb7c275a71d94e4060642ca46d9b071defd7b81222d91df9395d7bc5706');
INSERT INTO public.source VALUES (3, 'harbour_cities.txt', 'Port mayors agree to plug ships into shore power at Harbour Cities Network assembly', 'Coastal Ledger', 2025, 'Copyright © 2025 Coastal Ledger. All rights reserved.', 'Port mayors agree to plug ships into shore power at Harbour Cities Network assembly

By Lena Ortmann

ROTTERDAM, Netherlands — Mayors and deputy mayors of eight port cities met on Wednesday for the annual assembly of the Harbour Cities Network, a group that shares ways of cleaning up busy harbours.

The network was founded in 2009 by Rotterdam, Gdańsk and Valencia to share what works against dirty air and water in ports. Antwerp and Tallinn joined in 2014, and Marseille joined later. Rijeka joined the network on Wednesday, while Aarhus is an observer.

“Every ship that plugs in at the quay is a ship that is not burning diesel in our streets,” said Mayor Pieter van Aalst of Rotterdam, who hosted the assembly in the city''s old customs hall.

Among those attending were Mayor Joan Ribera of Valencia, Deputy Mayor Marta Wiśniewska of Gdańsk and Ilse Maes, the mayor of Antwerp.

Deputy Mayor Marta Wiśniewska of Gdańsk told reporters: "We cleaned our port when nobody was watching. Now everybody is watching."

Mayor Kaisa Lepik of Tallinn did not attend, sending Deputy Mayor Rein Tamm in her place because the city council is voting on its budget this week.

The mayors agreed that by 2030 every berth for ferries and cruise ships should offer shore power. “The numbers will be public, city by city,” according to Mayor Joan Ribera of Valencia.

Maes said the port of Antwerp would open its first shore-power berth for container ships in the spring. “We will not wait for the others,” she added.

Copyright © 2025 Coastal Ledger. All rights reserved.
', '855a375a2c0a5d2394a3a008b9b6be1c582668640b554162d0922544c9098c97');


--
-- Data for Name: statement; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.statement VALUES (1, 1, 49, 1, 'paraphrase', 'The SCO is focused on its members'' security and will form a dedicated centre to coordinate the response to various security challenges.', '', 'Thursday', 'Addressing the summit', '', 'Security', 'vladimir putin', 'vladimir putin
paraphrase
the sco is focused on its members'' security and will form a dedicated centre to coordinate the response to various security challenges.
thursday
addressing the summit
security');
INSERT INTO public.statement VALUES (2, 1, 50, 1, 'paraphrase', 'SCO members will also endorse a special programme to fight separatism and extremism.', '', 'Thursday', 'Addressing the summit', '', 'Security', 'vladimir putin', 'vladimir putin
paraphrase
sco members will also endorse a special programme to fight separatism and extremism.
thursday
addressing the summit
security');
INSERT INTO public.statement VALUES (3, 1, 51, 2, 'quote', 'the real challenges of intervention and polarization', 'Called on SCO members to show solidarity in the face of', 'Thursday', 'Addressing the summit', 'Readout of his speech by the official Xinhua news agency', 'Solidarity', 'xi jinping', 'xi jinping
direct quote
the real challenges of intervention and polarization
called on sco members to show solidarity in the face of
thursday
addressing the summit
readout of his speech by the official xinhua news agency
solidarity');
INSERT INTO public.statement VALUES (4, 1, 52, 2, 'quote', 'In the face of the real threat of the Cold War mentality, we have to safeguard the security bottom line', '', 'Thursday', 'Addressing the summit', 'Readout of his speech by the official Xinhua news agency', 'Security', 'xi jinping', 'xi jinping
direct quote
in the face of the real threat of the cold war mentality, we have to safeguard the security bottom line
thursday
addressing the summit
readout of his speech by the official xinhua news agency
security');
INSERT INTO public.statement VALUES (5, 1, 53, 9, 'quote', 'deep and unchangeable', 'Conveyed a message from Iran’s supreme leader, Ayatollah Ali Khamenei, that the relations between Iran and Russia will remain strong irrespective of the election:', 'Thursday', 'Meeting with Putin on the sidelines of the summit', '', 'Iran–Russia relations', 'mohammad mokhber', 'mohammad mokhber
mohammad mokhbar
direct quote
deep and unchangeable
conveyed a message from iran''s supreme leader, ayatollah ali khamenei, that the relations between iran and russia will remain strong irrespective of the election:
thursday
meeting with putin on the sidelines of the summit
iran-russia relations');
INSERT INTO public.statement VALUES (6, 1, 54, 9, 'quote', 'the power equations in the world', 'Strong ties between Moscow and Tehran have changed', 'Thursday', 'Meeting with Putin on the sidelines of the summit', '', 'Iran–Russia relations', 'mohammad mokhber', 'mohammad mokhber
mohammad mokhbar
direct quote
the power equations in the world
strong ties between moscow and tehran have changed
thursday
meeting with putin on the sidelines of the summit
iran-russia relations');
INSERT INTO public.statement VALUES (7, 1, 55, 1, 'paraphrase', 'Recalled his June statement that hostilities could end if Ukraine withdraws its troops from the four regions Moscow annexed in 2022 and abandons its bid to join NATO; Kyiv and its allies have rejected the idea.', '', 'Thursday', 'Speaking at the summit', '', 'Ukraine', 'vladimir putin', 'vladimir putin
paraphrase
recalled his june statement that hostilities could end if ukraine withdraws its troops from the four regions moscow annexed in 2022 and abandons its bid to join nato; kyiv and its allies have rejected the idea.
thursday
speaking at the summit
ukraine');
INSERT INTO public.statement VALUES (8, 1, 56, 1, 'paraphrase', 'Thanked SCO members for their proposals for a peace settlement; Moscow will take them into account.', '', 'Thursday', 'Speaking at the summit', '', 'Ukraine', 'vladimir putin', 'vladimir putin
paraphrase
thanked sco members for their proposals for a peace settlement; moscow will take them into account.
thursday
speaking at the summit
ukraine');
INSERT INTO public.statement VALUES (9, 1, 57, 1, 'quote', 'We take this quite seriously.', 'On claims by Donald Trump, the presumed Republican candidate in the U.S. presidential election, that he can resolve the Ukraine crisis:', 'Thursday, after the summit session', 'To Russian reporters', '', 'Ukraine', 'vladimir putin', 'vladimir putin
direct quote
we take this quite seriously.
on claims by donald trump, the presumed republican candidate in the u.s. presidential election, that he can resolve the ukraine crisis:
thursday, after the summit session
to russian reporters
ukraine');
INSERT INTO public.statement VALUES (10, 1, 58, 1, 'paraphrase', 'Has no details about what Trump might propose.', '', 'Thursday, after the summit session', 'To Russian reporters', '', 'Ukraine', 'vladimir putin', 'vladimir putin
paraphrase
has no details about what trump might propose.
thursday, after the summit session
to russian reporters
ukraine');
INSERT INTO public.statement VALUES (11, 1, 59, 1, 'quote', 'one of the key pillars of a fair, multipolar world order', 'On the SCO:', 'Wednesday', 'Meeting with Xi', '', 'World order', 'vladimir putin', 'vladimir putin
direct quote
one of the key pillars of a fair, multipolar world order
on the sco:
wednesday
meeting with xi
world order');
INSERT INTO public.statement VALUES (12, 1, 60, 1, 'quote', 'experiencing the best period in their history', 'Ties between Moscow and Beijing are', 'Wednesday', 'Meeting with Xi', '', 'Russia–China relations', 'vladimir putin', 'vladimir putin
direct quote
experiencing the best period in their history
ties between moscow and beijing are
wednesday
meeting with xi
russia-china relations');
INSERT INTO public.statement VALUES (13, 1, 61, 2, 'quote', 'bridges of communication', 'Called for these between countries', 'The week before the summit', 'Not given', '', 'Diplomacy', 'xi jinping', 'xi jinping
direct quote
bridges of communication
called for these between countries
the week before the summit
not given
diplomacy');
INSERT INTO public.statement VALUES (14, 1, 62, 3, 'quote', 'one of the most authoritative and influential international structures', 'On the SCO:', 'Thursday', 'Opening remarks at the summit', '', 'The SCO', 'kassym-jomart tokayev', 'kassym-jomart tokayev
direct quote
one of the most authoritative and influential international structures
on the sco:
thursday
opening remarks at the summit
the sco');
INSERT INTO public.statement VALUES (15, 2, 80, 20, 'quote', 'We share an ocean, and we will share the work of keeping it safe', '', '', '', '', '', 'þorgerður asta jonsdottir', 'þorgerður asta jonsdottir
direct quote
we share an ocean, and we will share the work of keeping it safe');
INSERT INTO public.statement VALUES (16, 2, 81, 18, 'quote', 'Our coastguards already sail side by side', '', '', 'To reporters after the talks', '', '', 'henrik løkke sørensen', 'henrik løkke sørensen
direct quote
our coastguards already sail side by side
to reporters after the talks');
INSERT INTO public.statement VALUES (17, 2, 82, 18, 'quote', 'What we sign tomorrow puts on paper what our crews have practised for years.

“It is time the paperwork caught up with the sea.', '', '', 'To reporters after the talks', '', '', 'henrik løkke sørensen', 'henrik løkke sørensen
direct quote
what we sign tomorrow puts on paper what our crews have practised for years.

"it is time the paperwork caught up with the sea.
to reporters after the talks');
INSERT INTO public.statement VALUES (18, 2, 83, 19, 'quote', 'No single country can patrol these waters alone.', '', '', '', '', '', 'katrin eyjolfsdottir', 'katrin eyjolfsdottir
direct quote
no single country can patrol these waters alone.');
INSERT INTO public.statement VALUES (19, 2, 84, 21, 'quote', 'Today is about saving lives, not counting fish', '', '', '', '', '', 'ola brekke haugland', 'ola brekke haugland
direct quote
today is about saving lives, not counting fish');
INSERT INTO public.statement VALUES (20, 3, 108, 24, 'quote', 'Every ship that plugs in at the quay is a ship that is not burning diesel in our streets', '', '', '', '', '', 'pieter van aalst', 'pieter van aalst
direct quote
every ship that plugs in at the quay is a ship that is not burning diesel in our streets');
INSERT INTO public.statement VALUES (21, 3, 109, 26, 'quote', 'We cleaned our port when nobody was watching. Now everybody is watching.', '', '', '', '', '', 'marta wisniewska', 'marta wisniewska
direct quote
we cleaned our port when nobody was watching. now everybody is watching.');
INSERT INTO public.statement VALUES (22, 3, 110, 25, 'quote', 'The numbers will be public, city by city', '', '', '', '', '', 'joan ribera', 'joan ribera
direct quote
the numbers will be public, city by city');
INSERT INTO public.statement VALUES (23, 3, 111, 27, 'quote', 'We will not wait for the others', '', '', '', '', '', 'ilse maes', 'ilse maes
direct quote
we will not wait for the others');


--
-- Name: absence_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.absence_id_seq', 3, true);


--
-- Name: attendance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attendance_id_seq', 23, true);


--
-- Name: entity_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.entity_id_seq', 55, true);


--
-- Name: evidence_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evidence_id_seq', 127, true);


--
-- Name: fact_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fact_id_seq', 111, true);


--
-- Name: membership_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.membership_id_seq', 21, true);


--
-- Name: organization_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.organization_id_seq', 2, true);


--
-- Name: party_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.party_id_seq', 26, true);


--
-- Name: person_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.person_id_seq', 29, true);


--
-- Name: sheet_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sheet_id_seq', 3, true);


--
-- Name: slip_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.slip_id_seq', 3, true);


--
-- Name: source_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.source_id_seq', 3, true);


--
-- Name: statement_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.statement_id_seq', 23, true);


--
-- Name: absence absence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.absence
    ADD CONSTRAINT absence_pkey PRIMARY KEY (id);


--
-- Name: attendance attendance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_pkey PRIMARY KEY (id);


--
-- Name: entity entity_kind_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_kind_key_key UNIQUE (kind, key);


--
-- Name: entity entity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_pkey PRIMARY KEY (id);


--
-- Name: evidence evidence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_pkey PRIMARY KEY (id);


--
-- Name: fact fact_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fact
    ADD CONSTRAINT fact_pkey PRIMARY KEY (id);


--
-- Name: fact fact_sheet_id_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fact
    ADD CONSTRAINT fact_sheet_id_key_key UNIQUE (sheet_id, key);


--
-- Name: membership membership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership
    ADD CONSTRAINT membership_pkey PRIMARY KEY (id);


--
-- Name: meta meta_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meta
    ADD CONSTRAINT meta_pkey PRIMARY KEY (key);


--
-- Name: organization organization_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organization
    ADD CONSTRAINT organization_pkey PRIMARY KEY (id);


--
-- Name: party party_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party
    ADD CONSTRAINT party_pkey PRIMARY KEY (id);


--
-- Name: party party_sheet_id_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party
    ADD CONSTRAINT party_sheet_id_key_key UNIQUE (sheet_id, key);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- Name: person person_sheet_id_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_sheet_id_key_key UNIQUE (sheet_id, key);


--
-- Name: sheet sheet_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sheet
    ADD CONSTRAINT sheet_pkey PRIMARY KEY (id);


--
-- Name: sheet sheet_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sheet
    ADD CONSTRAINT sheet_slug_key UNIQUE (slug);


--
-- Name: slip slip_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.slip
    ADD CONSTRAINT slip_pkey PRIMARY KEY (id);


--
-- Name: source source_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source
    ADD CONSTRAINT source_pkey PRIMARY KEY (id);


--
-- Name: statement statement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement
    ADD CONSTRAINT statement_pkey PRIMARY KEY (id);


--
-- Name: ix_absence_fact_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_absence_fact_id ON public.absence USING btree (fact_id);


--
-- Name: ix_absence_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_absence_sheet_id ON public.absence USING btree (sheet_id);


--
-- Name: ix_attendance_fact_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_attendance_fact_id ON public.attendance USING btree (fact_id);


--
-- Name: ix_attendance_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_attendance_sheet_id ON public.attendance USING btree (sheet_id);


--
-- Name: ix_evidence_fact_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_evidence_fact_id ON public.evidence USING btree (fact_id);


--
-- Name: ix_fact_search_text_trigrams; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_fact_search_text_trigrams ON public.fact USING gin (search_text public.gin_trgm_ops);


--
-- Name: ix_fact_sheet_id_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_fact_sheet_id_kind ON public.fact USING btree (sheet_id, kind);


--
-- Name: ix_membership_fact_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_membership_fact_id ON public.membership USING btree (fact_id);


--
-- Name: ix_membership_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_membership_sheet_id ON public.membership USING btree (sheet_id);


--
-- Name: ix_organization_fact_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_organization_fact_id ON public.organization USING btree (fact_id);


--
-- Name: ix_organization_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_organization_sheet_id ON public.organization USING btree (sheet_id);


--
-- Name: ix_party_entity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_party_entity_id ON public.party USING btree (entity_id);


--
-- Name: ix_party_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_party_sheet_id ON public.party USING btree (sheet_id);


--
-- Name: ix_person_entity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_person_entity_id ON public.person USING btree (entity_id);


--
-- Name: ix_person_fact_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_person_fact_id ON public.person USING btree (fact_id);


--
-- Name: ix_person_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_person_sheet_id ON public.person USING btree (sheet_id);


--
-- Name: ix_slip_fact_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_slip_fact_id ON public.slip USING btree (fact_id);


--
-- Name: ix_slip_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_slip_sheet_id ON public.slip USING btree (sheet_id);


--
-- Name: ix_statement_fact_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statement_fact_id ON public.statement USING btree (fact_id);


--
-- Name: ix_statement_search_text_trigrams; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statement_search_text_trigrams ON public.statement USING gin (search_text public.gin_trgm_ops);


--
-- Name: ix_statement_sheet_id_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statement_sheet_id_id ON public.statement USING btree (sheet_id, id);


--
-- Name: ix_statement_sheet_id_speaker_sort; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statement_sheet_id_speaker_sort ON public.statement USING btree (sheet_id, speaker_sort, id);


--
-- Name: absence absence_fact_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.absence
    ADD CONSTRAINT absence_fact_id_fkey FOREIGN KEY (fact_id) REFERENCES public.fact(id) ON DELETE CASCADE;


--
-- Name: absence absence_party_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.absence
    ADD CONSTRAINT absence_party_id_fkey FOREIGN KEY (party_id) REFERENCES public.party(id) ON DELETE CASCADE;


--
-- Name: absence absence_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.absence
    ADD CONSTRAINT absence_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id) ON DELETE CASCADE;


--
-- Name: absence absence_sent_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.absence
    ADD CONSTRAINT absence_sent_person_id_fkey FOREIGN KEY (sent_person_id) REFERENCES public.person(id) ON DELETE CASCADE;


--
-- Name: absence absence_sheet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.absence
    ADD CONSTRAINT absence_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES public.sheet(id) ON DELETE CASCADE;


--
-- Name: attendance attendance_fact_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_fact_id_fkey FOREIGN KEY (fact_id) REFERENCES public.fact(id) ON DELETE CASCADE;


--
-- Name: attendance attendance_party_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_party_id_fkey FOREIGN KEY (party_id) REFERENCES public.party(id) ON DELETE CASCADE;


--
-- Name: attendance attendance_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id) ON DELETE CASCADE;


--
-- Name: attendance attendance_sheet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES public.sheet(id) ON DELETE CASCADE;


--
-- Name: evidence evidence_fact_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_fact_id_fkey FOREIGN KEY (fact_id) REFERENCES public.fact(id) ON DELETE CASCADE;


--
-- Name: fact fact_sheet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fact
    ADD CONSTRAINT fact_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES public.sheet(id) ON DELETE CASCADE;


--
-- Name: membership membership_fact_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership
    ADD CONSTRAINT membership_fact_id_fkey FOREIGN KEY (fact_id) REFERENCES public.fact(id) ON DELETE CASCADE;


--
-- Name: membership membership_party_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership
    ADD CONSTRAINT membership_party_id_fkey FOREIGN KEY (party_id) REFERENCES public.party(id) ON DELETE CASCADE;


--
-- Name: membership membership_sheet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.membership
    ADD CONSTRAINT membership_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES public.sheet(id) ON DELETE CASCADE;


--
-- Name: organization organization_fact_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organization
    ADD CONSTRAINT organization_fact_id_fkey FOREIGN KEY (fact_id) REFERENCES public.fact(id) ON DELETE CASCADE;


--
-- Name: organization organization_sheet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organization
    ADD CONSTRAINT organization_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES public.sheet(id) ON DELETE CASCADE;


--
-- Name: party party_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party
    ADD CONSTRAINT party_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: party party_sheet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party
    ADD CONSTRAINT party_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES public.sheet(id) ON DELETE CASCADE;


--
-- Name: person person_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: person person_fact_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_fact_id_fkey FOREIGN KEY (fact_id) REFERENCES public.fact(id) ON DELETE CASCADE;


--
-- Name: person person_sheet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES public.sheet(id) ON DELETE CASCADE;


--
-- Name: sheet sheet_source_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sheet
    ADD CONSTRAINT sheet_source_id_fkey FOREIGN KEY (source_id) REFERENCES public.source(id);


--
-- Name: slip slip_fact_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.slip
    ADD CONSTRAINT slip_fact_id_fkey FOREIGN KEY (fact_id) REFERENCES public.fact(id) ON DELETE CASCADE;


--
-- Name: slip slip_sheet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.slip
    ADD CONSTRAINT slip_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES public.sheet(id) ON DELETE CASCADE;


--
-- Name: statement statement_fact_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement
    ADD CONSTRAINT statement_fact_id_fkey FOREIGN KEY (fact_id) REFERENCES public.fact(id) ON DELETE CASCADE;


--
-- Name: statement statement_sheet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement
    ADD CONSTRAINT statement_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES public.sheet(id) ON DELETE CASCADE;


--
-- Name: statement statement_speaker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statement
    ADD CONSTRAINT statement_speaker_id_fkey FOREIGN KEY (speaker_id) REFERENCES public.person(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


