using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.Risk.Data;
using Employment.Risk.Domain;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Risk.V1;

namespace Employment.Risk.UseCases;

/// <summary>
/// A scan: reads the region's items received in the period from every subsidy service (their
/// ExportForAudit), runs each rule, and stores what is new; a finding an earlier scan raised keeps its row
/// and its reviews. The reading happens before the transaction; the scan and its new signals are stored
/// together, once per idempotency key.
/// </summary>
public sealed class RunScan(
    RiskDbContext db,
    IEnumerable<IAuditSource> sources,
    IRegistrySource registry,
    PolicyCatalog catalog,
    ExclusiveMeasuresRule exclusive,
    CloseRelationsRule closeRelations,
    HiredForSubsidyRule hiredForSubsidy,
    ChinaClock clock)
{
    /// <summary>Fingerprints looked up per query (the size of its IN list): a technical bound, not a policy figure.</summary>
    private const int FingerprintsPerQuery = 1000;

    public async Task<V1.ScanSummary> RunAsync(V1.RunScanRequest request, Caller auditor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var exportRequest = new AuditExportRequest { Region = request.Region, Received = request.Received };
        var query = AuditExport.Query(exportRequest, auditor);
        var items = new List<PaidItem>();
        var summary = new V1.ScanSummary { Region = new RegionCode { Code = query.Region.Code }, Received = exportRequest.Received };
        foreach (var source in sources)
        {
            var read = 0;
            await foreach (var page in source.ReadAsync(exportRequest, cancellationToken))
            {
                items.AddRange(page.Items.Select(PaidItems.Of));
                read += page.Items.Count;
            }

            summary.ItemsRead.Add(new V1.ServiceCount { Service = source.Service, Items = read });
        }

        var relations = await registry.ReadAsync(items, cancellationToken);
        var found = Find(items, relations, query, summary);
        return await IdempotentWrite.RunAsync(db, clock.Now, "RunScan", auditor, request.IdempotencyKey, request, V1.ScanSummary.Parser, () =>
            StoreAsync(found, query, summary, auditor, cancellationToken), cancellationToken);
    }

    /// <summary>Every rule whose values are in force; a rule missing a configured threshold (R3) is named, not run.</summary>
    private List<RaisedSignal> Find(List<PaidItem> items, RegistryRelations relations, AuditExportQuery query, V1.ScanSummary summary)
    {
        var found = exclusive.Find(items).ToList();
        // The thresholds in force on the period's last day, in the scanned region.
        var on = query.ReceivedUntil;
        if (Threshold(RiskPolicyKeys.SharedAccountMinClaimants, query.Region, on, summary) is { } claimants)
        {
            found.AddRange(SharedPaymentAccountRule.Find(items, query.Region, claimants, relations));
        }

        var days = Threshold(RiskPolicyKeys.BackDatedMinDays, query.Region, on, summary);
        var entries = Threshold(RiskPolicyKeys.BackDatedMinEntriesPerClerk, query.Region, on, summary);
        if (days is not null && entries is not null)
        {
            found.AddRange(BackDatedEntriesRule.Find(items, query.Region, days, entries));
        }

        // The clause-based kinds are judged item by item where and when the clause is in force; the summary
        // says when it is not in force in the scanned region at all.
        if (InForce(RiskPolicyKeys.CloseRelationsInvestigated, query, summary))
        {
            found.AddRange(closeRelations.Find(items, relations));
        }

        if (InForce(RiskPolicyKeys.HiredForSubsidyInvestigated, query, summary))
        {
            var maxDaysAfter = Threshold(RiskPolicyKeys.HiredForSubsidyMaxDaysAfter, query.Region, on, summary);
            found.AddRange(hiredForSubsidy.Find(items, relations, maxDaysAfter));
        }

        return found;
    }

    /// <summary>Whether the clause a kind rests on is in force in the region on some day of the period.</summary>
    private bool InForce(string key, AuditExportQuery query, V1.ScanSummary summary)
    {
        if ((catalog.TryResolve(key, query.Region, query.ReceivedUntil, out var value) && value.Value.Boolean)
            || (catalog.TryResolve(key, query.Region, query.ReceivedFrom, out var atStart) && atStart.Value.Boolean))
        {
            return true;
        }

        summary.NotRunZh.Add($"“{catalog.NameOf(key)}”在地区 {query.Region}、{query.ReceivedFrom:yyyy-MM-dd}至{query.ReceivedUntil:yyyy-MM-dd}无生效的政策条款，该类提示本次未运行。");
        return false;
    }

    private ParameterValue? Threshold(string key, Region region, DateOnly on, V1.ScanSummary summary)
    {
        if (catalog.TryResolve(key, region, on, out var value))
        {
            return value;
        }

        summary.NotRunZh.Add($"未配置“{catalog.NameOf(key)}”（{key}，地区 {region}，{on:yyyy-MM-dd}，裁定 R3），该类提示本次未运行。");
        return null;
    }

    private async Task<V1.ScanSummary> StoreAsync(List<RaisedSignal> found, AuditExportQuery query, V1.ScanSummary summary, Caller auditor, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var scanId = RecordIds.New("K");
        summary.ScanId = scanId;
        var byFingerprint = found.GroupBy(s => s.Fingerprint).Select(g => g.First()).ToList();
        var fingerprints = byFingerprint.Select(s => s.Fingerprint).ToList();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in fingerprints.Chunk(FingerprintsPerQuery))
        {
            known.UnionWith(await db.Signals.Where(s => chunk.Contains(s.Fingerprint)).Select(s => s.Fingerprint).ToListAsync(cancellationToken));
        }

        foreach (var kind in Enum.GetValues<SignalKind>())
        {
            var ofKind = byFingerprint.Where(s => s.Kind == kind).ToList();
            summary.Found.Add(new V1.KindCount
            {
                Kind = (V1.SignalKind)kind,
                Raised = ofKind.Count(s => !known.Contains(s.Fingerprint)),
                FoundAgain = ofKind.Count(s => known.Contains(s.Fingerprint)),
            });
        }

        foreach (var signal in byFingerprint.Where(s => !known.Contains(s.Fingerprint)))
        {
            var row = new SignalRecord
            {
                Id = RecordIds.New("S"),
                Kind = (int)signal.Kind,
                Severity = (int)signal.Severity,
                Status = (int)SignalStatus.Open,
                Region = signal.Region.Code,
                Fingerprint = signal.Fingerprint,
                ScanId = scanId,
                Evidence = SignalAnswers.Evidence(signal).ToByteArray(),
            };
            row.StampCreated(auditor.Subject, now);
            db.Signals.Add(row);
        }

        var scan = new ScanRecord
        {
            Id = scanId,
            Region = query.Region.Code,
            ReceivedFrom = query.ReceivedFrom,
            ReceivedUntil = query.ReceivedUntil,
            Summary = summary.ToByteArray(),
        };
        scan.StampCreated(auditor.Subject, now);
        db.Scans.Add(scan);
        await db.SaveChangesAsync(cancellationToken);
        return summary;
    }
}
