package kansa.incidents.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import kansa.core.incident.Incident;
import kansa.incidents.Found;
import kansa.incidents.FoundDate;
import kansa.incidents.Span;
import kansa.incidents.internal.extract.DateScanner.DateMention;
import kansa.incidents.internal.extract.DateScanner.Period;

/**
 * Decides what each date in an article is: announced, discovered, reported to the authorities, or the period of
 * the breach, by the words of the clause it stands in; and keeps every dated step as the response timeline.
 */
final class DateRoles {

	private static final Pattern ANNOUNCED = Pattern.compile("(発表|公表)し|と(発表|公表)|を掲載|で公表|公表いた|発表いた");
	/** Someone told the organisation: the moment it knew. */
	private static final Pattern DISCOVERED_STRONG = Pattern
			.compile("発覚|判明|(連絡|通知|指摘|報告|通報)を受け|受信|気付|気づ");
	/** The organisation saw it itself; weaker, since 確認 also ends many other sentences. */
	private static final Pattern DISCOVERED_WEAK = Pattern.compile("確認|発見|検知");
	private static final Pattern POLICE = Pattern.compile("警察[^。\\n]{0,20}(報告|届|相談|提出|通報)");
	private static final Pattern PPC = Pattern.compile("個人情報保護委員会[^。\\n]{0,20}(報告|届)");
	private static final Pattern PERIOD_CUE = Pattern.compile("期間|までの間|の間に|対象|利用し|決済|購入|登録");
	private static final Pattern START_CUE = Pattern.compile("不正アクセス(を受け|を確認|があ)|ハッキング|攻撃を受け|侵入");
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
		FoundDate announced = first(ctx, dates, points, ANNOUNCED, 0.85);
		FoundDate discovered = first(ctx, dates, points, DISCOVERED_STRONG, 0.8);
		if (discovered == null) {
			discovered = firstOther(ctx, dates, points, DISCOVERED_WEAK, 0.55, announced);
		}
		FoundDate police = first(ctx, dates, points, POLICE, 0.85);
		FoundDate ppc = first(ctx, dates, points, PPC, 0.85);
		FoundDate start = null;
		FoundDate end = null;
		for (Period p : periods) {
			String around = ctx.before(p.from()) + ctx.text().substring(p.to().end(), ctx.sentenceEnd(p.to().end()));
			if (PERIOD_CUE.matcher(around).find()) {
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
				if (START_LABEL.matcher(ctx.before(d)).find()) {
					start = found(ctx, d, d.start(), d.end(), 0.5);
					break;
				}
			}
		}
		return new Result(announced, discovered, police, ppc, start, end, timeline(ctx, dates, points));
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
			if (!same(d, not) && cue.matcher(clause(ctx, d, all)).find()) {
				return found(ctx, d, d.start(), d.end(), confidence);
			}
		}
		return null;
	}

	/** The words that say what happened on a date: those before it in its sentence and the clause after it. */
	private static String clause(Context ctx, DateMention d, List<DateMention> all) {
		return ctx.before(d) + " " + ctx.after(d, all);
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
