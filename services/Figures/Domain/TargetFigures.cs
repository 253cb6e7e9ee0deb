namespace Employment.Figures.Domain;

/// <summary>Where a target's figure comes from.</summary>
public enum FigureOrigin
{
    /// <summary>Counted from the records the services hold.</summary>
    Records,

    /// <summary>Entered by the bureau with its source: the platform does not hold what the target counts.</summary>
    Entered,

    /// <summary>The county's latest audit sample of the year: its drawn value's share of what was paid the year before.</summary>
    Sample,
}

/// <summary>Whose figure a target is: the whole city's, or each county's own.</summary>
public enum TargetScope
{
    /// <summary>The city's as a whole (焦作市全市, 济源示范区): never shared out by county.</summary>
    City,

    /// <summary>Each county's (县（市、区）) own.</summary>
    EachCounty,
}

/// <summary>
/// How the figure beside one of the catalog's targets is measured: from which records, or entered. The targets'
/// values, years and regions are the catalog's (services/Policy/catalog, domain targets); this says only what
/// each one counts.
/// </summary>
/// <param name="Key">The catalog's key.</param>
/// <param name="FigureZh">What the figure is, as a leader reads it.</param>
/// <param name="MeasurePrefix">
/// The measures whose records count toward it (loans. = every loan product): summed for a figure counted from records;
/// for an entered one, the part the platform holds, which the measures' own figures show beside it.
/// </param>
public sealed record TargetFigure(string Key, string FigureZh, FigureOrigin Origin, TargetScope Scope, string? MeasurePrefix = null)
{
    /// <summary>Why an entered figure is entered, as the screen says it.</summary>
    public string OriginZh => Origin switch
    {
        FigureOrigin.Records => "由平台各业务系统的记录汇总",
        FigureOrigin.Sample => "本年核查抽样金额占平台上年度发放金额的比例（平台外支出不在其内）",
        _ => "平台不掌握该项数据，由人社部门按来源录入",
    };

    public string ScopeZh => Scope == TargetScope.City ? "全市（示范区）合计，不分解到县（市、区）" : "各县（市、区）分别考核";
}

/// <summary>Every target the figures show, in the order a leader reads them.</summary>
public static class TargetFigures
{
    public static IReadOnlyList<TargetFigure> All { get; } =
    [
        new("targets.loans.issued_amount", "本年新增发放创业担保贷款金额", FigureOrigin.Records, TargetScope.City, "loans."),
        new("targets.loans.job_stabilisation_lending", "本年稳岗扩岗专项贷款发放额", FigureOrigin.Entered, TargetScope.City),
        new("targets.training.trainees", "本年完成职业技能培训人次", FigureOrigin.Entered, TargetScope.City, "training."),
        new("targets.training.new_skilled_workers", "本年新增技能人才", FigureOrigin.Entered, TargetScope.City),
        new("targets.training.new_high_skilled_workers", "本年新增高技能人才", FigureOrigin.Entered, TargetScope.City),
        new("targets.training.apprentices", "本年新型学徒制培训人数", FigureOrigin.Entered, TargetScope.City, "training.new_apprenticeship"),
        new("targets.employment.new_urban_jobs", "本年城镇新增就业人数", FigureOrigin.Entered, TargetScope.City),
        new("targets.employment.reemployed_unemployed", "本年城镇失业人员再就业人数", FigureOrigin.Entered, TargetScope.City),
        new("targets.employment.hard_to_employ_placed", "本年就业困难人员就业人数", FigureOrigin.Entered, TargetScope.City),
        new("targets.employment.rural_labour_transferred", "本年农村劳动力转移就业人数", FigureOrigin.Entered, TargetScope.City),
        new("targets.funds.county_input_share", "县级财政投入就业补助资金占各级合计投入比例", FigureOrigin.Entered, TargetScope.EachCounty),
        new("targets.funds.budget_execution_by_october", "中央和省财政就业补助资金10月底预算执行率", FigureOrigin.Entered, TargetScope.EachCounty),
        new("targets.funds.supervision_check_share", "本年监督核查金额占上年度本地资金支出比例", FigureOrigin.Sample, TargetScope.EachCounty),
    ];

    public static TargetFigure? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    /// <summary>Whether a measure's records count toward the target (wholly, or as the platform's part of an entered figure).</summary>
    public static bool Counts(this TargetFigure target, string measure) =>
        target.MeasurePrefix is { } prefix && measure.StartsWith(prefix, StringComparison.Ordinal);
}
