using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Google.Protobuf;

namespace Employment.Applicants.Domain.Exchange;

/// <summary>
/// A fact read from an agency's row: whose it is (the identity number or credit code, and the name the file gives), the
/// checked entry as the counter would store it, its key (what makes two records the same fact, e.g. one payment period
/// of one scheme with one employer) and its values (what must agree for the row to change nothing).
/// </summary>
public sealed record AgencyFact(string SubjectNumber, string SubjectName, FactEntry Entry, string Key, ByteString Values);

/// <summary>A stored fact as a row is compared with it: its key and values, and the source and evidence that rank it.</summary>
public sealed record HeldValues(string Key, ByteString Values, string Authority, string Evidence);

/// <summary>
/// One agency's file (docs/agency-exchange.md): its columns by header name, whose facts it carries and of which kinds,
/// how a row becomes a fact, and how a stored fact is keyed and compared with a row's.
/// </summary>
public abstract class AgencyFormat
{
    public abstract AgencySource Source { get; }

    /// <summary>What the file is, in words ("社保参保缴费记录").</summary>
    public abstract string FileZh { get; }

    /// <summary>The fact's source as the registry names it (a person fact's authority, an employer fact's source).</summary>
    public abstract string AuthorityZh { get; }

    public abstract string SubjectType { get; }

    /// <summary>The header's column names, each required in the header (in any order; other columns are ignored).</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>The column naming the subject (证件号码 or 统一社会信用代码) and the one with its name.</summary>
    public abstract (string Number, string Name) SubjectColumns { get; }

    /// <summary>The fact kinds the file writes: the stored facts a row is compared with.</summary>
    public abstract IReadOnlyCollection<int> Kinds { get; }

    /// <summary>The row's fact; a <see cref="DomainRuleException"/> naming the column (or the contract field) when a value is wrong.</summary>
    /// <param name="evidence">The evidence reference the fact carries: the batch and the row.</param>
    public abstract AgencyFact Read(IAgencyRow row, string evidence, DateOnly today);

    /// <summary>A stored fact of one of <see cref="Kinds"/>: its key and values as <see cref="Read"/> gives them for a row, and its source and evidence, which rank it.</summary>
    public abstract HeldValues Describe(byte[] payload);

    public static AgencyFormat For(AgencySource source) => source switch
    {
        AgencySource.SocialInsurance => SocialInsuranceFormat.Instance,
        AgencySource.MarketRegulation => MarketRegulationFormat.Instance,
        AgencySource.UnemploymentRegistry => UnemploymentRegistryFormat.Instance,
        AgencySource.Education => EducationFormat.Instance,
        _ => throw DomainRuleException.Invalid("header.source", "请说明文件来自哪个部门（source）：社会保险经办机构、市场监管部门、全国就业信息资源库或教育部门。"),
    };
}
