using System.Security.Cryptography;
using Employment.Common.V1;
using Employment.Figures.Data;
using Employment.Figures.Domain;
using Employment.Persistence.Idempotency;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Figures.V1;

namespace Employment.Figures.UseCases;

/// <summary>
/// The audit sample of 焦政办〔2024〕15号（十九） (<see cref="AuditSampling"/> decides what is drawn): a county's paid records
/// of the year before its checks, as the last refresh of that year read them, drawn with a kept seed at the catalog's
/// share, stored once per idempotency key, and listed and opened for the county's auditors.
/// </summary>
public sealed class AuditSamples(FiguresDbContext db, PolicyCatalog catalog, ChinaClock clock)
{
    public const string ShareKey = "targets.funds.supervision_check_share";
    private const string What = "核查抽样";

    public async Task<V1.AuditSample> DrawAsync(V1.DrawAuditSampleRequest request, Caller auditor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var county = FigureRequests.Region(request.Region, auditor);
        if (county.IsCity && Places.CountiesOf(county.Code).Count > 0)
        {
            throw DomainRuleException.Invalid("region", "监督核查按县（市、区）抽样：请选择一个县（市、区）。");
        }

        var year = FigureRequests.Year(request.Year, clock);
        var spent = year - 1;
        if (!catalog.TryResolve(ShareKey, county, new DateOnly(year, 12, 31), out var share))
        {
            throw DomainRuleException.NotAllowed($"{year} 年{Places.NameOf(county.Code)}没有就业补助资金监督核查比重的规定，不抽样。");
        }

        var city = county.City.Code;
        var read = await db.Refreshes.AsNoTracking().SingleOrDefaultAsync(r => r.City == city && r.Year == spent, cancellationToken)
            ?? throw DomainRuleException.NotAllowed($"{spent} 年的数据尚未统计：请先重新统计 {spent} 年，再从该年的发放记录中抽样。");
        var seed = request.Seed != 0 ? request.Seed : Math.Abs(BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) % 1_000_000_000_000L) + 1;
        return await IdempotentWrite.RunAsync(db, clock.Now, "DrawAuditSample", auditor, request.IdempotencyKey, request, V1.AuditSample.Parser, async () =>
        {
            var (from, until) = FigurePeriods.Days(spent, FigurePeriods.WholeYear);
            var paid = await db.Items.AsNoTracking()
                .Where(i => i.Region == county.Code && i.Status == (int)ItemStatus.Paid && i.PaidOn >= from && i.PaidOn <= until)
                .ToListAsync(cancellationToken);
            var byKey = paid.ToDictionary(p => $"{p.Service}/{p.Reference}/{p.ItemNo}", StringComparer.Ordinal);
            var strata = AuditSampling.Draw(paid.Select(p => new SampleCandidate(p.Service, p.Reference, p.ItemNo, p.Measure, p.AmountFen)), share.Value.Decimal, seed);
            var now = clock.Now;
            var sample = new V1.AuditSample
            {
                SampleId = RecordIds.New("A"),
                Region = new RegionCode { Code = county.Code },
                RegionNameZh = Places.NameOf(county.Code),
                Year = year,
                Seed = seed,
                SharePercent = (double)share.Value.Decimal,
                Citation = ProtoMapping.ToProto(share),
                RecordsReadAt = Timestamp.FromDateTimeOffset(read.RefreshedAt),
                Total = Stratum("", "全部政策", paid.Count, paid.Sum(p => p.AmountFen), strata.Sum(s => s.Drawn.Count), strata.Sum(s => s.DrawnFen)),
            };
            sample.Strata.AddRange(strata.Select(s => Stratum(s.Measure, byKey[s.Drawn[0].Key].MeasureZh, s.Items, s.PaidFen, s.Drawn.Count, s.DrawnFen)));
            var row = new AuditSampleRecord { Id = sample.SampleId, Region = county.Code, Year = year, Seed = seed, Summary = [] };
            row.StampCreated(auditor.Subject, now);
            sample.Record = new RecordInfo { Version = 1, CreatedAt = Timestamp.FromDateTimeOffset(now), CreatedBy = auditor.Subject, UpdatedAt = Timestamp.FromDateTimeOffset(now), UpdatedBy = auditor.Subject };
            row.Summary = sample.ToByteArray();
            db.AuditSamples.Add(row);
            db.AuditSampleItems.AddRange(strata.SelectMany(s => s.Drawn).Select(d => byKey[d.Key]).Select(i => new AuditSampleItemRecord
            {
                SampleId = sample.SampleId,
                Service = i.Service,
                Reference = i.Reference,
                ItemNo = i.ItemNo,
                Region = i.Region,
                Measure = i.Measure,
                MeasureZh = i.MeasureZh,
                AmountFen = i.AmountFen,
                NameMasked = i.NameMasked,
                EmployerName = i.EmployerName,
                ReceivedOn = i.ReceivedOn,
                PaidOn = i.PaidOn,
            }));
            await db.SaveChangesAsync(cancellationToken);
            return await WithRecordsAsync(sample, cancellationToken);
        }, cancellationToken);
    }

    public async Task<V1.ListAuditSamplesResponse> ListAsync(V1.ListAuditSamplesRequest request, Caller auditor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var region = FigureRequests.Region(request.Region, auditor);
        var prefix = region.CodePrefix;
        var (size, offset) = (Pages.Size(request.Page), Pages.Offset(request.Page));
        var rows = db.AuditSamples.AsNoTracking().Where(a => a.Region.StartsWith(prefix));
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderByDescending(a => a.Id).Skip(offset).Take(size).ToListAsync(cancellationToken);
        var answer = new V1.ListAuditSamplesResponse { Page = Pages.NextByOffset(offset, size, total) };
        answer.Samples.AddRange(page.Select(a => V1.AuditSample.Parser.ParseFrom(a.Summary)));
        return answer;
    }

    public async Task<V1.AuditSample> GetAsync(string sampleId, Caller auditor, CancellationToken cancellationToken)
    {
        var id = sampleId.Trim();
        var row = await db.AuditSamples.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound(What, id);
        auditor.RequireVisible(What, id, bankCode: null, row.Region);
        return await WithRecordsAsync(V1.AuditSample.Parser.ParseFrom(row.Summary), cancellationToken);
    }

    private async Task<V1.AuditSample> WithRecordsAsync(V1.AuditSample sample, CancellationToken cancellationToken)
    {
        var items = await db.AuditSampleItems.AsNoTracking().Where(i => i.SampleId == sample.SampleId)
            .OrderBy(i => i.Measure).ThenByDescending(i => i.AmountFen).ThenBy(i => i.Reference).ToListAsync(cancellationToken);
        sample.Records.AddRange(items.Select(i => new V1.FigureRecord
        {
            Service = i.Service,
            Reference = i.Reference,
            ItemNo = i.ItemNo,
            Measure = i.Measure,
            MeasureZh = i.MeasureZh,
            Status = AuditedStatus.Paid,
            Region = new RegionCode { Code = i.Region },
            NameMasked = i.NameMasked,
            EmployerName = i.EmployerName,
            Amount = new Money { Fen = i.AmountFen },
            ReceivedOn = ProtoMapping.ToProto(i.ReceivedOn),
            PaidOn = i.PaidOn is { } paid ? ProtoMapping.ToProto(paid) : null,
        }));
        return sample;
    }

    private static V1.SampleStratum Stratum(string measure, string measureZh, int paidItems, long paidFen, int drawnItems, long drawnFen) => new()
    {
        Measure = measure,
        MeasureZh = measureZh,
        PaidItems = paidItems,
        PaidAmount = new Money { Fen = paidFen },
        DrawnItems = drawnItems,
        DrawnAmount = new Money { Fen = drawnFen },
        DrawnPercent = paidFen == 0 ? 0 : Math.Round(drawnFen * 100d / paidFen, 2),
    };
}
