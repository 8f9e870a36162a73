package kansa.incidents.extract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kansa.core.incident.DatePrecision;
import kansa.core.incident.Incident;
import kansa.incidents.extract.Found;
import kansa.incidents.extract.FoundDate;
import kansa.incidents.extract.Span;
import kansa.incidents.extract.internal.DateScanner.DateMention;
import kansa.incidents.extract.internal.DateScanner.Period;

/**
 * Decides what each date in an article is: announced, discovered, reported to the authorities, or the period of
 * the breach, by the words of the clause it stands in; and keeps every dated step as the response timeline.
 */
final class DateRoles {

	private static final Pattern ANNOUNCED = Pattern.compile("(発表|公表)し|と(発表|公表)|を掲載|で公表|公表いた|発表いた");
	/** Someone told the organisation: the moment it knew. */
	private static final Pattern DISCOVERED_STRONG = Pattern.compile(
			"発覚|判明|(連絡|通知|指摘|報告|通報|問い合わせ|お問い合わせ|指摘)を受け|(連絡|報告|指摘|問い合わせ)があ|受信|気付|気づ"
					+ "|見当たら|わかった|分かった|届い");
	/** The organisation saw it itself; weaker, since 確認 also ends many other sentences. */
	private static final Pattern DISCOVERED_WEAK = Pattern.compile("確認|発見|検知");
	/** 翌日、…を探したところ見当たらず: the day after the date before it. */
	private static final Pattern NEXT_DAY = Pattern.compile("(^|[、。\\n])\\s*翌日[、,に]?");
	/** 同日、…からの連絡で判明した: the day of the date before it. */
	private static final Pattern SAME_DAY = Pattern.compile("(^|[、。\\n])\\s*同日[、,に]?");
	/** News style: ひかり電機は8日、…と発表した — the day of the month the article is dated in. */
	private static final Pattern NEWS_DAY = Pattern.compile("は([0-9]{1,2})日[、,]");
	/** A period that runs to its end: から…まで, にかけて, の間. */
	private static final Pattern PERIOD_END = Pattern.compile("^\\s*(まで|にかけて|の間|の期間)");
	private static final Pattern POLICE = Pattern.compile("警察[^。\\n]{0,20}(報告|届|相談|提出|通報|申告)");
	private static final Pattern PPC = Pattern.compile("個人情報保護委員会[^。\\n]{0,20}(報告|届)");
	private static final Pattern PERIOD_CUE = Pattern.compile("期間|までの間|の間に|対象|利用し|決済|購入|登録");
	private static final Pattern START_CUE = Pattern.compile(
			"不正アクセス(を受け|を確認|があ)|ハッキング|攻撃を受け|侵入|改ざん(を受け|され)|感染し");
	/** 12月頃から…不正なアクセスが行われていた: a date an attack runs from, which no later date closes. */
	private static final Pattern ONSET = Pattern.compile("^\\s*(頃|ごろ)?(から|以降)");
	private static final Pattern ATTACK = Pattern.compile("不正|改ざん|攻撃|感染|侵入");
	/** The act of a human error, on the day it happened; often also the day it was noticed. */
	private static final Pattern ERROR_ACT = Pattern.compile("送信し|送った|誤って|置き忘れ|紛失し|所在不明|見失");
	/** Left behind somewhere: the one who left it misses it the same day, unless the notice says otherwise. */
	private static final Pattern LEFT_BEHIND = Pattern.compile("置き忘れ|置き去り");
	private static final Pattern START_LABEL = Pattern.compile("発生(時期|日|日時)\\s*[:：]?\\s*$");
	private static final Pattern EVENT = Pattern.compile(
			"報告|提出|掲載|配信|開始|停止|閉鎖|依頼|確認|受信|発覚|判明|連絡|通知|指摘|公表|発表|発見|遮断|実施|送付|設置|変更");

	record Result(FoundDate announced, FoundDate discovered, FoundDate reportedToPolice, FoundDate reportedToPpc,
			FoundDate incidentStart, FoundDate incidentEnd, List<Found<Incident.TimelineEvent>> timeline) {
	}

	private DateRoles() {
	}

	static Result assign(Context ctx, List<DateMention> dates, List<Period> periods) {
		List<DateMention> points = new ArrayList<>(dates);
		for (Period p : periods) {
			points.remove(p.from());
			points.remove(p.to());
		}
		FoundDate announced = dateline(ctx, points);
		if (announced == null) {
			announced = first(ctx, dates, points, ANNOUNCED, 0.85);
		}
		if (announced == null) {
			announced = newsDay(ctx, dates);
		}
		// a date an attack runs from is not the day it was found, even in a sentence that ends …が判明しました
		List<DateMention> found = new ArrayList<>(points);
		found.removeIf(d -> onset(ctx, d));
		FoundDate discovered = nextDay(ctx, dates, DISCOVERED_STRONG);
		if (discovered == null) {
			discovered = firstOther(ctx, dates, found, DISCOVERED_STRONG, 0.8, announced);
		}
		if (discovered == null) {
			discovered = relativeDay(ctx, dates, SAME_DAY, 0, DISCOVERED_STRONG);
		}
		if (discovered == null) {
			discovered = firstOther(ctx, dates, found, DISCOVERED_WEAK, 0.55, announced);
		}
		if (discovered == null) {
			discovered = toldNextSentence(ctx, dates, announced);
		}
		FoundDate police = first(ctx, dates, points, POLICE, 0.85);
		if (police == null) {
			police = nextDay(ctx, dates, POLICE);
		}
		if (police == null) {
			police = relativeDay(ctx, dates, SAME_DAY, 0, POLICE);
		}
		FoundDate ppc = first(ctx, dates, points, PPC, 0.85);
		FoundDate start = null;
		FoundDate end = null;
		for (Period p : periods) {
			String around = ctx.before(p.from()) + ctx.text().substring(p.to().end(), ctx.sentenceEnd(p.to().end()));
			String afterTo = ctx.text().substring(p.to().end(), ctx.sentenceEnd(p.to().end()));
			if (PERIOD_CUE.matcher(around).find() || PERIOD_END.matcher(afterTo).find()) {
				start = found(ctx, p.from(), p.start(), p.end(), 0.8);
				end = found(ctx, p.to(), p.start(), p.end(), 0.8);
				break;
			}
		}
		if (start == null) {
			for (DateMention d : points) {
				if (START_CUE.matcher(ctx.after(d, dates)).find() && !same(d, discovered) && !same(d, announced)) {
					start = found(ctx, d, d.start(), d.end(), 0.6);
					break;
				}
			}
		}
		if (start == null) {
			for (DateMention d : points) {
				if (onset(ctx, d) && ATTACK.matcher(ctx.text().substring(d.end(), ctx.sentenceEnd(d.end()))).find()) {
					start = found(ctx, d, d.start(), d.end(), 0.55);
					break;
				}
			}
		}
		if (start == null) {
			for (DateMention d : points) {
				if (ERROR_ACT.matcher(ctx.after(d, dates)).find() && !at(d, announced)) {
					start = found(ctx, d, d.start(), d.end(), 0.6);
					break;
				}
			}
		}
		// 4月3日、…電車内に置き忘れた: no other day of discovery stated, it was missed the day it was left
		if (discovered == null && start != null && start.confidence() >= 0.45
				&& LEFT_BEHIND.matcher(start.span().text() + ctx.text().substring(start.span().end(),
						ctx.sentenceEnd(start.span().end()))).find()) {
			discovered = new FoundDate(start.value(), start.precision(), start.yearImplied(), start.span(), 0.4);
		}
		if (start == null) {
			for (DateMention d : points) {
				if (START_LABEL.matcher(ctx.before(d)).find()) {
					start = found(ctx, d, d.start(), d.end(), 0.5);
					break;
				}
			}
		}
		return new Result(announced, discovered, police, ppc, start, end, timeline(ctx, dates, points));
	}

	/**
	 * The date a notice is dated: a line with nothing but a date among its first lines (the heading block) or its
	 * last two lines (a news article's dateline, a release's footer).
	 */
	private static FoundDate dateline(Context ctx, List<DateMention> points) {
		String text = ctx.text();
		List<int[]> lines = Context.lines(text);
		for (int i = 0; i < lines.size(); i++) {
			if (i >= 5 && i < lines.size() - 2) {
				continue;
			}
			String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
			// a date on its own line above a sentence is a step of a timeline, not the notice's date
			if (i + 1 < lines.size() && text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).strip().endsWith("。")) {
				continue;
			}
			for (DateMention d : points) {
				if (d.precision() == DatePrecision.DAY && !d.yearImplied()
						&& d.start() >= lines.get(i)[0] && d.end() <= lines.get(i)[1]
						&& (text.substring(lines.get(i)[0], d.start()) + text.substring(d.end(), lines.get(i)[1]))
								.matches("[\\s(（)）]*(発表|公表|更新|掲載)?(日)?[\\s(（)）]*")
						&& line.length() <= 30) {
					return found(ctx, d, d.start(), d.end(), 0.8);
				}
			}
		}
		return null;
	}

	/** は8日、…と発表した: that day, in the month of the latest full date before it or the month after. */
	private static FoundDate newsDay(Context ctx, List<DateMention> dates) {
		Matcher m = NEWS_DAY.matcher(ctx.text());
		if (findSaying(ctx, m, ANNOUNCED)) {
			DateMention latest = null;
			for (DateMention d : dates) {
				if (d.precision() != DatePrecision.YEAR
						&& (latest == null || d.date().isAfter(latest.date()))) {
					latest = d;
				}
			}
			if (latest == null) {
				return null;
			}
			int day = Integer.parseInt(m.group(1));
			LocalDate month = latest.date().withDayOfMonth(1);
			LocalDate candidate;
			try {
				candidate = month.withDayOfMonth(day);
				if (candidate.isBefore(latest.date())) {
					candidate = month.plusMonths(1).withDayOfMonth(day);
				}
			} catch (java.time.DateTimeException e) {
				return null;
			}
			return new FoundDate(candidate, DatePrecision.DAY, true,
					Span.of(ctx.text(), m.start(1), m.end()), 0.55);
		}
		return null;
	}

	/** Moves a marker to its next match whose sentence, after it, says what the cue says. */
	private static boolean findSaying(Context ctx, Matcher marker, Pattern cue) {
		while (marker.find()) {
			if (cue.matcher(ctx.text().substring(marker.end(), ctx.sentenceEnd(marker.end()))).find()) {
				return true;
			}
		}
		return false;
	}

	/** 翌日、…見当たらず / 翌日…気付いた: the day after the last date before it. */
	private static FoundDate nextDay(Context ctx, List<DateMention> dates, Pattern cue) {
		return relativeDay(ctx, dates, NEXT_DAY, 1, cue);
	}

	/** A day named by its distance from the last full date before it (翌日, 同日), in a sentence saying the cue. */
	private static FoundDate relativeDay(Context ctx, List<DateMention> dates, Pattern marker, int days, Pattern cue) {
		Matcher m = marker.matcher(ctx.text());
		while (findSaying(ctx, m, cue)) {
			DateMention before = null;
			for (DateMention d : dates) {
				if (d.end() <= m.start() && d.precision() == DatePrecision.DAY) {
					before = d;
				}
			}
			if (before != null) {
				return new FoundDate(before.date().plusDays(days), before.precision(), before.yearImplied(),
						Span.of(ctx.text(), m.start() + m.group(1).length(), ctx.sentenceEnd(m.end())), 0.7);
			}
		}
		return null;
	}

	private static boolean onset(Context ctx, DateMention d) {
		return ONSET.matcher(ctx.text().substring(d.end(), Math.min(ctx.text().length(), d.end() + 6))).find();
	}

	/** 5日に送信した。受信した区民からの指摘で判明した: told right after the dated act, the same day at the latest. */
	private static FoundDate toldNextSentence(Context ctx, List<DateMention> dates, FoundDate announced) {
		for (DateMention d : dates) {
			if (d.precision() != DatePrecision.DAY || same(d, announced)) {
				continue;
			}
			int end = ctx.sentenceEnd(d.end());
			if (end >= ctx.text().length()) {
				continue;
			}
			int nextEnd = ctx.sentenceEnd(end + 1);
			String next = ctx.text().substring(end + 1, nextEnd);
			if (DISCOVERED_STRONG.matcher(next).find() && dates.stream().noneMatch(o -> o.start() > end
					&& o.start() < nextEnd)) {
				return new FoundDate(d.date(), d.precision(), d.yearImplied(), Span.of(ctx.text(), d.start(), nextEnd),
						0.45);
			}
		}
		return null;
	}

	private static FoundDate first(Context ctx, List<DateMention> all, List<DateMention> points, Pattern cue,
			double confidence) {
		for (DateMention d : points) {
			if (cue.matcher(clause(ctx, d, all)).find()) {
				return found(ctx, d, d.start(), d.end(), confidence);
			}
		}
		return null;
	}

	private static FoundDate firstOther(Context ctx, List<DateMention> all, List<DateMention> points, Pattern cue,
			double confidence, FoundDate not) {
		for (DateMention d : points) {
			if (!at(d, not) && cue.matcher(clause(ctx, d, all)).find()) {
				return found(ctx, d, d.start(), d.end(), confidence);
			}
		}
		return null;
	}

	/** The words that say what happened on a date: those before it in its sentence and the clause after it. */
	private static String clause(Context ctx, DateMention d, List<DateMention> all) {
		return ctx.before(d) + " " + ctx.after(d, all);
	}

	/** The very mention a date was read from, not only the same day. */
	private static boolean at(DateMention d, FoundDate f) {
		return f != null && f.span().start() <= d.start() && d.end() <= f.span().end();
	}

	private static boolean same(DateMention d, FoundDate f) {
		return f != null && f.value().equals(d.date()) && f.precision() == d.precision();
	}

	private static FoundDate found(Context ctx, DateMention d, int spanStart, int spanEnd, double confidence) {
		double c = d.yearImplied() ? confidence - 0.15 : confidence;
		return new FoundDate(d.date(), d.precision(), d.yearImplied(), Span.of(ctx.text(), spanStart, spanEnd),
				Math.round(c * 100) / 100.0);
	}

	private static List<Found<Incident.TimelineEvent>> timeline(Context ctx, List<DateMention> all,
			List<DateMention> points) {
		List<Found<Incident.TimelineEvent>> events = new ArrayList<>();
		for (DateMention d : points) {
			if (!ctx.introducesEvent(d)) {
				continue;
			}
			String after = ctx.after(d, all).strip();
			String event = after.isEmpty() ? ctx.before(d).strip() : after;
			if (event.length() < 4 || !EVENT.matcher(event).find()) {
				continue;
			}
			event = event.replaceFirst("^(には|に|で|、|,|\\s)+", "");
			if (event.length() > 80) {
				event = event.substring(0, 79) + "…";
			}
			int s = d.start();
			int e = Math.min(ctx.text().length(), ctx.clauseEnd(d.end()));
			events.add(new Found<>(new Incident.TimelineEvent(d.date(), d.precision(), event), Span.of(ctx.text(), s,
					Math.max(e, d.end())), d.yearImplied() ? 0.55 : 0.7));
		}
		events.sort((a, b) -> a.value().date().compareTo(b.value().date()));
		return events;
	}
}
