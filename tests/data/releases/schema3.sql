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
    reviewed boolean NOT NULL
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
    category text NOT NULL
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
    variants json NOT NULL
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


--
-- Data for Name: fact; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.fact VALUES (1, 1, 'source', 'source', true);
INSERT INTO public.fact VALUES (2, 1, 'event', 'event', true);
INSERT INTO public.fact VALUES (3, 1, 'date', 'date', true);
INSERT INTO public.fact VALUES (4, 1, 'organization', 'organization', true);
INSERT INTO public.fact VALUES (5, 1, 'memberships:china', 'memberships', true);
INSERT INTO public.fact VALUES (6, 1, 'memberships:russia', 'memberships', true);
INSERT INTO public.fact VALUES (7, 1, 'memberships:kazakhstan', 'memberships', true);
INSERT INTO public.fact VALUES (8, 1, 'memberships:kyrgyzstan', 'memberships', true);
INSERT INTO public.fact VALUES (9, 1, 'memberships:tajikistan', 'memberships', true);
INSERT INTO public.fact VALUES (10, 1, 'memberships:uzbekistan', 'memberships', true);
INSERT INTO public.fact VALUES (11, 1, 'memberships:india', 'memberships', true);
INSERT INTO public.fact VALUES (12, 1, 'memberships:pakistan', 'memberships', true);
INSERT INTO public.fact VALUES (13, 1, 'memberships:iran', 'memberships', true);
INSERT INTO public.fact VALUES (14, 1, 'memberships:belarus', 'memberships', true);
INSERT INTO public.fact VALUES (15, 1, 'memberships:turkey', 'memberships', true);
INSERT INTO public.fact VALUES (16, 1, 'memberships:saudi-arabia', 'memberships', true);
INSERT INTO public.fact VALUES (17, 1, 'memberships:egypt', 'memberships', true);
INSERT INTO public.fact VALUES (18, 1, 'people:putin', 'people', true);
INSERT INTO public.fact VALUES (19, 1, 'people:xi', 'people', true);
INSERT INTO public.fact VALUES (20, 1, 'people:tokayev', 'people', true);
INSERT INTO public.fact VALUES (21, 1, 'people:sharif', 'people', true);
INSERT INTO public.fact VALUES (22, 1, 'people:mirziyoyev', 'people', true);
INSERT INTO public.fact VALUES (23, 1, 'people:rakhmon', 'people', true);
INSERT INTO public.fact VALUES (24, 1, 'people:zhaparov', 'people', true);
INSERT INTO public.fact VALUES (25, 1, 'people:lukashenko', 'people', true);
INSERT INTO public.fact VALUES (26, 1, 'people:mokhber', 'people', true);
INSERT INTO public.fact VALUES (27, 1, 'people:erdogan', 'people', true);
INSERT INTO public.fact VALUES (28, 1, 'people:aliyev', 'people', true);
INSERT INTO public.fact VALUES (29, 1, 'people:guterres', 'people', true);
INSERT INTO public.fact VALUES (30, 1, 'people:india-foreign-minister', 'people', true);
INSERT INTO public.fact VALUES (31, 1, 'people:modi', 'people', true);
INSERT INTO public.fact VALUES (32, 1, 'people:raisi', 'people', true);
INSERT INTO public.fact VALUES (33, 1, 'people:khamenei', 'people', true);
INSERT INTO public.fact VALUES (34, 1, 'people:trump', 'people', true);
INSERT INTO public.fact VALUES (35, 1, 'attendees:tokayev', 'attendees', true);
INSERT INTO public.fact VALUES (36, 1, 'attendees:putin', 'attendees', true);
INSERT INTO public.fact VALUES (37, 1, 'attendees:xi', 'attendees', true);
INSERT INTO public.fact VALUES (38, 1, 'attendees:sharif', 'attendees', true);
INSERT INTO public.fact VALUES (39, 1, 'attendees:mirziyoyev', 'attendees', true);
INSERT INTO public.fact VALUES (40, 1, 'attendees:rakhmon', 'attendees', true);
INSERT INTO public.fact VALUES (41, 1, 'attendees:zhaparov', 'attendees', true);
INSERT INTO public.fact VALUES (42, 1, 'attendees:lukashenko', 'attendees', true);
INSERT INTO public.fact VALUES (43, 1, 'attendees:mokhber', 'attendees', true);
INSERT INTO public.fact VALUES (44, 1, 'attendees:india-foreign-minister', 'attendees', true);
INSERT INTO public.fact VALUES (45, 1, 'attendees:erdogan', 'attendees', true);
INSERT INTO public.fact VALUES (46, 1, 'attendees:aliyev', 'attendees', true);
INSERT INTO public.fact VALUES (47, 1, 'attendees:guterres', 'attendees', true);
INSERT INTO public.fact VALUES (48, 1, 'absences:modi', 'absences', true);
INSERT INTO public.fact VALUES (49, 1, 'statements:putin-security-center', 'statements', true);
INSERT INTO public.fact VALUES (50, 1, 'statements:putin-separatism-program', 'statements', true);
INSERT INTO public.fact VALUES (51, 1, 'statements:xi-intervention-polarization', 'statements', true);
INSERT INTO public.fact VALUES (52, 1, 'statements:xi-cold-war', 'statements', true);
INSERT INTO public.fact VALUES (53, 1, 'statements:mokhber-khamenei-message', 'statements', true);
INSERT INTO public.fact VALUES (54, 1, 'statements:mokhber-power-equations', 'statements', true);
INSERT INTO public.fact VALUES (55, 1, 'statements:putin-ukraine-terms', 'statements', true);
INSERT INTO public.fact VALUES (56, 1, 'statements:putin-peace-proposals', 'statements', true);
INSERT INTO public.fact VALUES (57, 1, 'statements:putin-trump-seriously', 'statements', true);
INSERT INTO public.fact VALUES (58, 1, 'statements:putin-trump-no-details', 'statements', true);
INSERT INTO public.fact VALUES (59, 1, 'statements:putin-pillar', 'statements', true);
INSERT INTO public.fact VALUES (60, 1, 'statements:putin-best-period', 'statements', true);
INSERT INTO public.fact VALUES (61, 1, 'statements:xi-bridges', 'statements', true);
INSERT INTO public.fact VALUES (62, 1, 'statements:tokayev-authoritative', 'statements', true);
INSERT INTO public.fact VALUES (63, 1, 'slips:Mokhbar', 'slips', true);
INSERT INTO public.fact VALUES (64, 1, 'slips:Rusisan', 'slips', true);
INSERT INTO public.fact VALUES (65, 1, 'slips:in the face “the real challenges', 'slips', true);


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


--
-- Data for Name: meta; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meta VALUES ('schema_version', '3');


--
-- Data for Name: organization; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.organization VALUES (1, 1, 4, 'Shanghai Cooperation Organization', 'SCO', 2001, 'to promote regional security and economic cooperation', 'A security grouping created by Moscow and Beijing to counter Western alliances.');


--
-- Data for Name: party; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.party VALUES (1, 1, 'china', 'country', 'China', '', 'CN', '');
INSERT INTO public.party VALUES (2, 1, 'russia', 'country', 'Russia', '', 'RU', '');
INSERT INTO public.party VALUES (3, 1, 'kazakhstan', 'country', 'Kazakhstan', '', 'KZ', '');
INSERT INTO public.party VALUES (4, 1, 'kyrgyzstan', 'country', 'Kyrgyzstan', '', 'KG', '');
INSERT INTO public.party VALUES (5, 1, 'tajikistan', 'country', 'Tajikistan', '', 'TJ', '');
INSERT INTO public.party VALUES (6, 1, 'uzbekistan', 'country', 'Uzbekistan', '', 'UZ', '');
INSERT INTO public.party VALUES (7, 1, 'india', 'country', 'India', '', 'IN', '');
INSERT INTO public.party VALUES (8, 1, 'pakistan', 'country', 'Pakistan', '', 'PK', '');
INSERT INTO public.party VALUES (9, 1, 'iran', 'country', 'Iran', '', 'IR', '');
INSERT INTO public.party VALUES (10, 1, 'belarus', 'country', 'Belarus', '', 'BY', '');
INSERT INTO public.party VALUES (11, 1, 'turkey', 'country', 'Turkey', '', 'TR', '');
INSERT INTO public.party VALUES (12, 1, 'saudi-arabia', 'country', 'Saudi Arabia', '', 'SA', '');
INSERT INTO public.party VALUES (13, 1, 'egypt', 'country', 'Egypt', '', 'EG', '');
INSERT INTO public.party VALUES (14, 1, 'azerbaijan', 'country', 'Azerbaijan', '', 'AZ', '');
INSERT INTO public.party VALUES (15, 1, 'un', 'body', 'United Nations', 'U.N.', '', '');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES (1, 1, 18, 'putin', 'Vladimir Putin', true, '[]');
INSERT INTO public.person VALUES (2, 1, 19, 'xi', 'Xi Jinping', true, '[]');
INSERT INTO public.person VALUES (3, 1, 20, 'tokayev', 'Kassym-Jomart Tokayev', true, '[]');
INSERT INTO public.person VALUES (4, 1, 21, 'sharif', 'Shehbaz Sharif', true, '[]');
INSERT INTO public.person VALUES (5, 1, 22, 'mirziyoyev', 'Shavkat Mirziyoyev', true, '[]');
INSERT INTO public.person VALUES (6, 1, 23, 'rakhmon', 'Emomali Rakhmon', true, '[]');
INSERT INTO public.person VALUES (7, 1, 24, 'zhaparov', 'Sadyr Zhaparov', true, '[]');
INSERT INTO public.person VALUES (8, 1, 25, 'lukashenko', 'Alexander Lukashenko', true, '[]');
INSERT INTO public.person VALUES (9, 1, 26, 'mokhber', 'Mohammad Mokhber', true, '["Mohammad Mokhbar"]');
INSERT INTO public.person VALUES (10, 1, 27, 'erdogan', 'Recep Tayyip Erdogan', true, '[]');
INSERT INTO public.person VALUES (11, 1, 28, 'aliyev', 'Ilham Aliyev', true, '[]');
INSERT INTO public.person VALUES (12, 1, 29, 'guterres', 'António Guterres', true, '[]');
INSERT INTO public.person VALUES (13, 1, 30, 'india-foreign-minister', 'Foreign minister of India', false, '[]');
INSERT INTO public.person VALUES (14, 1, 31, 'modi', 'Narendra Modi', true, '[]');
INSERT INTO public.person VALUES (15, 1, 32, 'raisi', 'Ebrahim Raisi', true, '[]');
INSERT INTO public.person VALUES (16, 1, 33, 'khamenei', 'Ali Khamenei', true, '[]');
INSERT INTO public.person VALUES (17, 1, 34, 'trump', 'Donald Trump', true, '[]');


--
-- Data for Name: sheet; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sheet VALUES (1, 'sco-summit-astana-2024', 'Shanghai Cooperation Organization summit, Astana 2024', 'Annual summit of the Shanghai Cooperation Organization', 'The leaders of Russia, China and other member states met in Astana for the annual summit of the Shanghai Cooperation Organization, a security grouping created by Moscow and Beijing to counter Western alliances. Belarus joined the grouping at the summit.', 'Astana, Kazakhstan', 'Thursday', '2024-07-04', true, 'The article gives only the weekday; its copyright year 2024, Raisi''s death in May and the Iranian runoff on the following Friday place that Thursday on 4 July 2024.', 'en', 1, '8747675cd8f9be9cdcf5b747ceee939a512fe9ac2d2a14e8e7068b388d3ced5a', '# Fact file for seeds/000_f8d36b30d32ee174.txt.
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
# `named = false` marks a person the article describes but does not name.

[[people]]
key = "putin"
name = "Vladimir Putin"
evidence = ["Russian President Vladimir Putin"]

[[people]]
key = "xi"
name = "Xi Jinping"
evidence = ["Chinese President Xi Jinping"]

[[people]]
key = "tokayev"
name = "Kassym-Jomart Tokayev"
evidence = ["Kazakh President Kassym-Jomart Tokayev"]

[[people]]
key = "sharif"
name = "Shehbaz Sharif"
evidence = ["Prime Minister Shehbaz Sharif of Pakistan"]

[[people]]
key = "mirziyoyev"
name = "Shavkat Mirziyoyev"
evidence = ["President Shavkat Mirziyoyev of Uzbekistan"]

[[people]]
key = "rakhmon"
name = "Emomali Rakhmon"
evidence = ["President Emomali Rakhmon of Tajikistan"]

[[people]]
key = "zhaparov"
name = "Sadyr Zhaparov"
evidence = ["President Sadyr Zhaparov of Kyrgyzstan"]

[[people]]
key = "lukashenko"
name = "Alexander Lukashenko"
evidence = ["President Alexander Lukashenko of Belarus"]

[[people]]
key = "mokhber"
name = "Mohammad Mokhber"
variants = ["Mohammad Mokhbar"]
evidence = ["acting President Mohammad Mokhbar", "Mokhber conveyed a message"]

[[people]]
key = "erdogan"
name = "Recep Tayyip Erdogan"
evidence = ["President Recep Tayyip Erdogan of Turkey"]

[[people]]
key = "aliyev"
name = "Ilham Aliyev"
evidence = ["President Ilham Aliyev of Azerbaijan"]

[[people]]
key = "guterres"
name = "António Guterres"
evidence = ["U.N. Secretary-General António Guterres"]

[[people]]
key = "india-foreign-minister"
name = "Foreign minister of India"
named = false
evidence = ["has sent his foreign minister"]

[[people]]
key = "modi"
name = "Narendra Modi"
evidence = ["Prime Minister Narendra Modi of India"]

[[people]]
key = "raisi"
name = "Ebrahim Raisi"
evidence = ["President Ebrahim Raisi, killed in a helicopter crash in May"]

[[people]]
key = "khamenei"
name = "Ali Khamenei"
evidence = ["Iran’s supreme leader, Ayatollah Ali Khamenei"]

[[people]]
key = "trump"
name = "Donald Trump"
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


--
-- Name: absence_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.absence_id_seq', 1, true);


--
-- Name: attendance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attendance_id_seq', 13, true);


--
-- Name: evidence_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evidence_id_seq', 76, true);


--
-- Name: fact_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fact_id_seq', 65, true);


--
-- Name: membership_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.membership_id_seq', 13, true);


--
-- Name: organization_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.organization_id_seq', 1, true);


--
-- Name: party_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.party_id_seq', 15, true);


--
-- Name: person_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.person_id_seq', 17, true);


--
-- Name: sheet_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sheet_id_seq', 1, true);


--
-- Name: slip_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.slip_id_seq', 3, true);


--
-- Name: source_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.source_id_seq', 1, true);


--
-- Name: statement_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.statement_id_seq', 14, true);


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
-- Name: ix_absence_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_absence_sheet_id ON public.absence USING btree (sheet_id);


--
-- Name: ix_attendance_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_attendance_sheet_id ON public.attendance USING btree (sheet_id);


--
-- Name: ix_evidence_fact_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_evidence_fact_id ON public.evidence USING btree (fact_id);


--
-- Name: ix_fact_sheet_id_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_fact_sheet_id_kind ON public.fact USING btree (sheet_id, kind);


--
-- Name: ix_membership_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_membership_sheet_id ON public.membership USING btree (sheet_id);


--
-- Name: ix_organization_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_organization_sheet_id ON public.organization USING btree (sheet_id);


--
-- Name: ix_party_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_party_sheet_id ON public.party USING btree (sheet_id);


--
-- Name: ix_person_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_person_sheet_id ON public.person USING btree (sheet_id);


--
-- Name: ix_slip_sheet_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_slip_sheet_id ON public.slip USING btree (sheet_id);


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
-- Name: party party_sheet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.party
    ADD CONSTRAINT party_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES public.sheet(id) ON DELETE CASCADE;


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


