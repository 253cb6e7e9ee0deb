using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// The one region check every service makes for counter and audit staff (稽核, bound like a counter): a counter acts only
/// on records of its office's region or a region within it (the Jiaozuo city counter 410800 on
/// 410802; the 410802 district counter not on 410803); a counter token without a region acts nowhere.
/// Banks, services and admins are not limited by region here (banks are bound by bank code instead).
/// A person or an employer agent covers no region at all: they see only records they own
/// (<see cref="Owns"/>), and a read that asks only about regions shows them nothing.
/// </summary>
public sealed class RegionScope
{
    /// <summary>A prefix no region code starts with: a party's row filter, so a region-only query returns nothing.</summary>
    private const string NoRegion = "-";

    private readonly Region? _office;
    private readonly Caller? _party;

    private RegionScope(Region? office, Caller? party = null)
    {
        _office = office;
        _party = party;
    }

    /// <summary>The office's code prefix for filtering rows in a query ("" when unlimited, one matching nothing for a person or employer).</summary>
    public string CodePrefix => _party is not null ? NoRegion : _office?.CodePrefix ?? "";

    /// <summary>False for a person or an employer agent, who see records they own and none by region.</summary>
    public bool CoversAnyRegion => _party is null;

    /// <summary>For a person caller, their registry id: a list shows only rows of this person.</summary>
    public string? OwnPersonId => _party is { Role: CallerRole.Person } person ? person.Subject : null;

    /// <summary>For an employer agent, the employer's registry id: a list shows only rows of this employer.</summary>
    public string? OwnEmployerId => _party is { Role: CallerRole.Employer } agent ? agent.EmployerId : null;

    /// <summary>我的办事's owner: the signed-in person, or the employer an agent acts for; PERMISSION_DENIED for anyone else.</summary>
    public RecordOwner OwnParty =>
        OwnPersonId is { } person ? RecordOwner.Person(person)
        : OwnEmployerId is { } employer ? RecordOwner.Employer(employer)
        : throw RpcErrors.Denied("只有实名登录的本人或单位经办人可以查看“我的办事”。 (a person's or an employer's own records)");

    /// <summary>The caller's scope; PERMISSION_DENIED for a counter whose token names no valid region.</summary>
    public static RegionScope Of(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role is CallerRole.Person or CallerRole.Employer)
        {
            return new RegionScope(null, caller);
        }

        if (caller.Role is not (CallerRole.Counter or CallerRole.Auditor))
        {
            return new RegionScope(null);
        }

        if (!Region.TryParse(caller.RegionCode, out var office))
        {
            throw RpcErrors.Denied(caller.Role == CallerRole.Auditor
                ? "本稽核账号未绑定稽核地区，不能查阅；请联系管理员为账号设置地区。 (The auditor token carries no region.)"
                : "本窗口的账号未绑定办理地区，不能办理业务；请联系管理员为账号设置地区。 (The counter token carries no region.)");
        }

        return new RegionScope(office);
    }

    /// <summary>Whether any of the record's regions (e.g. household and residence) lies within the office's region.</summary>
    public bool Covers(params ReadOnlySpan<string?> regionCodes)
    {
        if (_party is not null)
        {
            return false;
        }

        if (_office is not { } office)
        {
            return true;
        }

        foreach (var code in regionCodes)
        {
            if (Region.TryParse(code, out var region) && office.Contains(region))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For a region the caller names in a request (where to register a person, an application's region):
    /// PERMISSION_DENIED naming the field unless the office covers it.
    /// </summary>
    public void RequireCovers(string field, params ReadOnlySpan<string?> regionCodes)
    {
        if (_party is not null)
        {
            throw RpcErrors.Denied($"个人和单位经办人不能以地区办理业务，请到人社窗口办理。 (field: {field}; a person or employer agent acts on no region)");
        }

        if (!Covers(regionCodes))
        {
            var named = string.Join("、", regionCodes.ToArray().Where(c => !string.IsNullOrEmpty(c)));
            throw RpcErrors.Denied(
                $"地区 {(named.Length > 0 ? named : "（未填写）")} 不在本窗口（{_office}）的办理范围内。 (field: {field}; outside the counter's region)");
        }
    }

    /// <summary>
    /// For a record the caller asked for by key: NOT_FOUND, exactly as for a key that does not exist,
    /// unless the office covers it, so a refusal does not tell which region holds the record.
    /// </summary>
    public T Visible<T>(T record, string what, string key, params ReadOnlySpan<string?> regionCodes)
    {
        if (!Covers(regionCodes))
        {
            throw RpcErrors.NotFound(what, key);
        }

        return record;
    }

    /// <summary>
    /// Whether the caller owns a record of <paramref name="owner"/>: a person one of their own, an
    /// employer agent one of their employer's. Staff, banks and services own nothing (they see by region or bank).
    /// </summary>
    public bool Owns(RecordOwner owner) => _party switch
    {
        { Role: CallerRole.Person } person => owner.PersonId is { Length: > 0 } id && string.Equals(id, person.Subject, StringComparison.Ordinal),
        { Role: CallerRole.Employer } agent => owner.EmployerId is { Length: > 0 } id && string.Equals(id, agent.EmployerId, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Whether the caller may see a record: a person or employer agent one they own, anyone else one their office covers.</summary>
    public bool Shows(RecordOwner owner, params ReadOnlySpan<string?> regionCodes) =>
        _party is not null ? Owns(owner) : Covers(regionCodes);

    /// <summary>
    /// For a record asked for by key that persons or employer agents may also read: NOT_FOUND unless
    /// <see cref="Shows"/>, exactly as for a key that does not exist.
    /// </summary>
    public T Visible<T>(T record, string what, string key, RecordOwner owner, params ReadOnlySpan<string?> regionCodes)
    {
        if (!Shows(owner, regionCodes))
        {
            throw RpcErrors.NotFound(what, key);
        }

        return record;
    }

    /// <summary>
    /// Whether the office may hold an employer whose 统一社会信用代码 was issued in <paramref name="issuingDivision"/>
    /// (the code's characters 3–8, the registering authority's division): one issued within the office's
    /// region, or by an authority above it (the province's, or a national one, ending in 0000). A code
    /// issued in another city or county belongs to that place's office: the same business there has its
    /// own code (a branch registers where it operates).
    /// </summary>
    public bool MayHold(string issuingDivision)
    {
        if (_party is not null)
        {
            return false;
        }

        if (_office is not { } office)
        {
            return true;
        }

        return Region.TryParse(issuingDivision, out var division)
            && (office.Contains(division) || division.Contains(office) || division.Code.EndsWith("0000", StringComparison.Ordinal));
    }

    /// <summary>PERMISSION_DENIED naming the field unless the office may hold a credit code issued in <paramref name="issuingDivision"/> (<see cref="MayHold"/>).</summary>
    public void RequireMayHold(string field, string issuingDivision)
    {
        if (!MayHold(issuingDivision))
        {
            throw RpcErrors.Denied(
                $"该统一社会信用代码由行政区划 {issuingDivision} 的登记机关核发，不在本窗口（{_office}）的办理范围：请由单位登记地的人社部门登记。 (field: {field}; issued outside the counter's region)");
        }
    }
}
