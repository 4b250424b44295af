/// The day every "within N days" figure counts from: a date given on the command line,
/// else the lab's own `asOf`, else today.
public enum ReferenceDate {
    public static func resolve(given: Day?, lab: Lab, today: Day) -> Day {
        given ?? lab.asOf ?? today
    }
}
