using System.Globalization;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Employment.Launcher;

/// <summary>
/// <c>Employment.Launcher owed-subsidies &lt;tokens-file&gt; &lt;region&gt; &lt;from&gt; &lt;until&gt;</c>: the
/// 直补快办 list (ListOwedSubsidies) of a local run, through the gateway as the counter, printed per
/// employer and per person with amount and outcome, then the run's summary. The claims it lists are
/// the ones a clerk confirms with SubmitClaim. A kind is printed by the name the service gives it
/// (DescribeClaimForms), so the launcher states no kind of its own.
/// </summary>
internal static class OwedSubsidiesCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 4 || !DateOnly.TryParseExact(args[2], "yyyy-MM-dd", out var from) || !DateOnly.TryParseExact(args[3], "yyyy-MM-dd", out var until))
        {
            await Console.Error.WriteLineAsync("usage: owed-subsidies <tokens-file> <region, e.g. 410800> <contracts from, yyyy-MM-dd> <until, yyyy-MM-dd>");
            return 2;
        }

        var (tokens, grpcAddress, _) = DevTokens.Read(args[0]);
        using var channel = GrpcChannel.ForAddress(grpcAddress);
        var client = new HiringSubsidies.HiringSubsidiesClient(channel);
        var request = new ListOwedSubsidiesRequest
        {
            Region = new RegionCode { Code = args[1] },
            ContractStarted = new DatePeriod { From = Date(from), Until = Date(until) },
        };
        try
        {
            var forms = await client.DescribeClaimFormsAsync(new DescribeFormsRequest());
            var kindNames = forms.Forms.ToDictionary(f => f.Kind, f => f.NameZh, StringComparer.Ordinal);
            using var call = client.ListOwedSubsidies(request, new Metadata { { "authorization", "Bearer " + tokens.For("counter") } });
            await foreach (var page in call.ResponseStream.ReadAllAsync())
            {
                foreach (var employer in page.Employers)
                {
                    Console.WriteLine($"{employer.EmployerCreditCode}  {employer.EmployerName}  ({employer.Region.Code})  {employer.Items.Count} 人  合计 {Yuan(employer.Total)}");
                    foreach (var item in employer.Items)
                    {
                        Console.WriteLine(Line(item, kindNames));
                    }
                }

                foreach (var person in page.People)
                {
                    Console.WriteLine($"{person.PersonIdNumber}  {person.NameMasked}  （本人申请）  {person.Items.Count} 项  合计 {Yuan(person.Total)}");
                    foreach (var item in person.Items)
                    {
                        Console.WriteLine(Line(item, kindNames));
                    }
                }

                if (page.Summary is { } s)
                {
                    Console.WriteLine($"单位 {s.EmployersRead}，人员 {s.PeopleRead}，应享未申 {s.ItemsOwed} 项，合计 {Yuan(s.Total)}；已有申领 {s.AlreadyClaimed}；"
                        + $"两项补贴均可享受的月份按高者只列一次 {s.MonthsOfferedOnce} 个。" + string.Concat(s.Kinds.Select(Counted)));
                }
            }

            return 0;
        }
        catch (RpcException e)
        {
            await Console.Error.WriteLineAsync($"{e.StatusCode}: {e.Status.Detail}");
            return 1;
        }
    }

    /// <summary>An item: the person, the kind's name, the amount, the date that selects its rules (a contract's start, a traineeship's, an entitlement…) and the outcome.</summary>
    private static string Line(OwedSubsidy item, IReadOnlyDictionary<string, string> kindNames)
    {
        var kind = HiringSubsidiesReflection.Descriptor.EnumTypes.FirstOrDefault(e => e.Name == nameof(SubsidyKind))?.FindValueByNumber((int)item.Kind)?.Name ?? "";
        var name = kindNames.TryGetValue(kind, out var zh) ? zh : kind;
        return $"    {item.PersonIdNumber}  {item.NameMasked}  {name}  {Yuan(item.Amount)}  适用政策日 {item.EventDate.Year:D4}-{item.EventDate.Month:D2}-{item.EventDate.Day:D2}  {item.Explanation.SummaryZh}";
    }

    /// <summary>What one leg judged, in the kind's own unit, as the service names it.</summary>
    private static string Counted(OwedKindCount count) =>
        $"{count.NameZh}：判断 {count.Judged} {count.JudgedUnitZh}"
        + (count.AlreadyClaimed > 0 ? $"，已有申领 {count.AlreadyClaimed}" : "")
        + (count.NotJudged > 0 ? $"，{count.NotJudgedZh} {count.NotJudged}" : "")
        + "。";

    private static CalendarDate Date(DateOnly d) => new() { Year = d.Year, Month = d.Month, Day = d.Day };

    private static string Yuan(Money? money) => ((money?.Fen ?? 0) / 100m).ToString("0.00", CultureInfo.InvariantCulture) + " 元";
}
