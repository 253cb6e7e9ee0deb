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
    IEnumerable<IRiskRule> rules,
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

    /// <summary>Every rule, each reading its settings in force; a rule missing a configured threshold (R3) is named, not run.</summary>
    private List<RaisedSignal> Find(List<PaidItem> items, RegistryRelations relations, AuditExportQuery query, V1.ScanSummary summary)
    {
        var scan = new ScanInput(items, relations, query.Region);
        var settings = new ScanSettings(catalog, query, summary);
        return [.. rules.SelectMany(rule => rule.Find(scan, settings))];
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
