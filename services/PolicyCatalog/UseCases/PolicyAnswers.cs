using System.Globalization;
using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.Policy.V1;
using ProtoParameterValue = Employment.Policy.V1.ParameterValue;
using ProtoPolicyDocument = Employment.Policy.V1.PolicyDocument;

namespace Employment.PolicyCatalog.UseCases;

/// <summary>From catalog entries to the employment.policy.v1 messages.</summary>
internal static class PolicyAnswers
{
    /// <summary>The catalog's domain of a <see cref="PolicyDomain"/>; null for "every domain".</summary>
    public static string? DomainName(PolicyDomain domain) => domain switch
    {
        PolicyDomain.Loans => "loans",
        PolicyDomain.Hiring => "hiring",
        PolicyDomain.Training => "training",
        PolicyDomain.Entrepreneurship => "startup",
        PolicyDomain.Categories => "categories",
        PolicyDomain.Jobs => "jobs",
        _ => null,
    };

    public static PolicyDomain DomainOf(string name) => name switch
    {
        "loans" => PolicyDomain.Loans,
        "hiring" => PolicyDomain.Hiring,
        "training" => PolicyDomain.Training,
        "startup" => PolicyDomain.Entrepreneurship,
        "categories" => PolicyDomain.Categories,
        "jobs" => PolicyDomain.Jobs,
        _ => PolicyDomain.Unspecified,
    };

    public static ProtoPolicyDocument ToProto(Policy.Model.PolicyDocument document)
    {
        var proto = new ProtoPolicyDocument
        {
            DocumentNumber = document.Number,
            Title = document.Title,
            IssuingBody = document.IssuingBody,
            Region = new RegionCode { Code = document.Region.Code },
        };
        if (document.Date is { } date)
        {
            proto.DocumentDate = ProtoMapping.ToProto(date);
        }

        return proto;
    }

    /// <summary>A measure with the values of it that apply where and when it was asked about.</summary>
    public static Measure ToProto(PolicyMeasure measure, IReadOnlyList<Policy.Model.ParameterValue> applying, Func<string, string> nameOf)
    {
        var proto = new Measure
        {
            MeasureId = measure.QualifiedId,
            NameZh = measure.Title,
            Domain = DomainOf(measure.Domain),
            Region = new RegionCode { Code = applying.Select(p => p.Region).DefaultIfEmpty(measure.Document.Region).First().Code },
            SummaryZh = measure.Quote ?? "",
            ReaderNoteZh = measure.ReaderNote ?? "",
        };
        if (applying.Count > 0)
        {
            proto.Period = Period(applying.Max(p => p.From), applying.Any(p => p.Until is null) ? null : applying.Min(p => p.Until));
        }

        proto.Citations.Add(applying.Select(ProtoMapping.ToProto).DistinctBy(c => (c.DocumentNumber, c.Clause)));
        proto.ParameterKeys.Add(applying.Select(p => p.Key).Distinct());
        proto.Values.Add(applying.Select(v => ToProto(v, nameOf(v.Key))));
        return proto;
    }

    public static ProtoParameterValue ToProto(Policy.Model.ParameterValue value, string nameZh)
    {
        var proto = new ProtoParameterValue
        {
            Key = value.Key,
            NameZh = nameZh,
            Unit = UnitText(value.Unit),
            Region = new RegionCode { Code = value.Region.Code },
            Period = Period(value.From, value.Until),
            Citation = ProtoMapping.ToProto(value),
            Source = value.Source.IsConfiguration ? ValueSource.Configuration
                : value.Source.RulingId is not null ? ValueSource.Ruling
                : ValueSource.Document,
            Sample = value.IsSample,
        };
        var v = value.Value;
        switch (value.Unit)
        {
            case PolicyUnit.Fen:
                proto.Amount = new Money { Fen = v.Fen };
                break;
            case PolicyUnit.Percent:
                proto.Ratio = new Ratio { Ppm = (long)(v.Decimal * 10_000m) };
                break;
            case PolicyUnit.Months:
                proto.Months = v.Integer;
                break;
            case PolicyUnit.Date:
                proto.Date = ProtoMapping.ToProto(v.Date);
                break;
            case PolicyUnit.Count or PolicyUnit.Years or PolicyUnit.Days or PolicyUnit.Age:
                proto.Count = v.Integer;
                break;
            default:
                proto.Text = v.Unit == PolicyUnit.Boolean ? (v.Boolean ? "true" : "false") : v.Decimal.ToString(CultureInfo.InvariantCulture);
                break;
        }

        return proto;
    }

    private static DatePeriod Period(DateOnly from, DateOnly? until)
    {
        var period = new DatePeriod { From = ProtoMapping.ToProto(from) };
        if (until is { } u)
        {
            period.Until = ProtoMapping.ToProto(u);
        }

        return period;
    }

    private static string UnitText(PolicyUnit unit) => unit switch
    {
        PolicyUnit.Fen => "分",
        PolicyUnit.Percent => "%",
        PolicyUnit.Multiple => "倍",
        PolicyUnit.Count => "次",
        PolicyUnit.Years => "年",
        PolicyUnit.Months => "月",
        PolicyUnit.Days => "天",
        PolicyUnit.Age => "周岁",
        PolicyUnit.Date => "日期",
        _ => "是/否",
    };
}
