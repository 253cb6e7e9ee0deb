using System.Globalization;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;

namespace OwedSimulation;

/// <summary>A person of the simulated region: who they are, when the national platform registered them unemployed, and whom they go to work for when.</summary>
internal sealed record SimulatedPerson(int Index, string IdNumber, string Name, string County, DateOnly Birth, DateOnly RegisteredUnemployed, SimulatedHire? Hire)
{
    public string PersonId { get; set; } = "";
}

/// <summary>A hire: the employer, the contract's first day and its term (open-ended when 0).</summary>
internal sealed record SimulatedHire(SimulatedEmployer Employer, DateOnly Start, int TermMonths);

internal sealed record SimulatedEmployer(int Index, string CreditCode, string Name, string County)
{
    public string EmployerId { get; set; } = "";
}

/// <summary>
/// The simulated region, seeded: enterprises of Jiaozuo's districts and counties, and people of working age — six in
/// ten under 25 — each registered unemployed at the national platform some day in 2022 or the first half of 2023, eight
/// in ten of whom go to work for one of the enterprises some day of 2023 on a contract of one to three years or open-ended.
/// Who is owed what is not decided here: the services decide it from the facts the agencies deliver.
/// </summary>
internal static class SimulatedRegion
{
    public static readonly string[] Counties = ["410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825", "410882", "410883"];

    public static (List<SimulatedEmployer> Employers, List<SimulatedPerson> People) Generate(int people, int employers, int seed)
    {
        var random = new Random(seed);
        var firms = Enumerable.Range(0, employers).Select(i =>
        {
            var county = Counties[i % Counties.Length];
            return new SimulatedEmployer(i, TestCreditCodes.Of("91" + county, 500_000 + i), $"模拟{i}号制造有限公司", county);
        }).ToList();
        var list = new List<SimulatedPerson>(people);
        for (var i = 0; i < people; i++)
        {
            var county = Counties[i % Counties.Length];
            var birth = random.Next(10) < 6
                ? new DateOnly(1999, 6, 1).AddDays(random.Next(6 * 365))
                : new DateOnly(1973, 1, 1).AddDays(random.Next(24 * 365));
            var first17 = county + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (i % 1000).ToString("D3", CultureInfo.InvariantCulture);
            var registered = new DateOnly(2022, 1, 1).AddDays(random.Next(546));
            SimulatedHire? hire = null;
            if (random.Next(10) < 8)
            {
                var start = new DateOnly(2023, 1, 1).AddDays(random.Next(365));
                if (start > registered)
                {
                    var term = random.Next(4) switch { 0 => 0, 1 => 12, 2 => 24, _ => 36 };
                    hire = new SimulatedHire(firms[random.Next(firms.Count)], start, term);
                }
            }

            list.Add(new SimulatedPerson(i, first17 + ResidentIdNumber.ComputeCheckCharacter(first17), $"模拟{i}", county, birth, registered, hire));
        }

        return (firms, list);
    }

    /// <summary>The national platform's 失业登记 download: one row per registration, still open.</summary>
    public static IEnumerable<string> UnemploymentRows(IEnumerable<SimulatedPerson> people) =>
        people.Select(p => $"{p.IdNumber},{p.Name},{p.RegisteredUnemployed:yyyy-MM-dd},,SY{p.County}{p.RegisteredUnemployed:yyyyMMdd}{p.Index % 100_000:D5}").Prepend("证件号码,姓名,失业登记日期,登记终止日期,登记编号");

    /// <summary>
    /// The 社保 system's monthly file: for each person employed in <paramref name="month"/>, that month's pension,
    /// unemployment and work-injury contribution paid by the employer on time (险种 110, 210, 410).
    /// </summary>
    public static IEnumerable<string> ContributionRows(IEnumerable<SimulatedPerson> employed, DateOnly month)
    {
        yield return "证件号码,姓名,单位统一社会信用代码,险种,参保身份,开始年月,终止年月,实缴月数,月缴费额,单位月缴费额,按时足额,参保地";
        var ym = month.ToString("yyyyMM", CultureInfo.InvariantCulture);
        foreach (var p in employed)
        {
            var code = p.Hire!.Employer.CreditCode;
            yield return $"{p.IdNumber},{p.Name},{code},110,单位职工,{ym},{ym},1,960.00,640.00,是,";
            yield return $"{p.IdNumber},{p.Name},{code},210,单位职工,{ym},{ym},1,48.00,33.60,是,";
            yield return $"{p.IdNumber},{p.Name},{code},410,单位职工,{ym},{ym},1,12.00,12.00,是,";
        }
    }
}
