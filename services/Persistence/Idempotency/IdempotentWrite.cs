using System.Security.Cryptography;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Idempotency;

/// <summary>
/// Runs a write in one transaction together with the record of its answer, so the answer is durable
/// before it is sent, and a retry with the same idempotency key gets the first answer back. The
/// context must map <see cref="IdempotencyRecord"/> (<see cref="IdempotencyModel.AddIdempotencyTable"/>).
/// </summary>
/// <remarks>
/// Keys are scoped to the caller: the stored operation names the caller's role,
/// subject, bank code and region, so another caller sending the same key and request does not get
/// the first caller's answer back; it runs the write, whose ownership and region checks refuse it.
/// A replay therefore reaches only a caller with the same identity and the same binding that was
/// authorised for the first answer. Concurrent identical retries all get the first answer: a retry
/// that loses the race (a unique key, ALREADY_EXISTS, ABORTED from its own write) looks for the
/// winner's answer before it reports its own failure.
/// </remarks>
public static class IdempotentWrite
{
    /// <summary>The longest idempotency key (a UUID is 36 characters).</summary>
    public const int KeyMaxLength = 128;

    /// <summary>
    /// The write and its answer in one transaction, run again as a whole after a transient database
    /// failure (<see cref="TransientRetry"/>): a run again first looks for the key, so a commit whose
    /// acknowledgement was lost is answered from its record, never written twice.
    /// </summary>
    public static Task<TResponse> RunAsync<TResponse>(
        DbContext db,
        DateTimeOffset now,
        string operation,
        Caller caller,
        string idempotencyKey,
        IMessage request,
        MessageParser<TResponse> parser,
        Func<Task<TResponse>> write,
        CancellationToken cancellationToken)
        where TResponse : IMessage<TResponse> =>
        TransientRetry.RunAsync(db, () => RunOnceAsync(db, now, operation, caller, idempotencyKey, request, parser, write, cancellationToken));

    private static async Task<TResponse> RunOnceAsync<TResponse>(
        DbContext db,
        DateTimeOffset now,
        string operation,
        Caller caller,
        string idempotencyKey,
        IMessage request,
        MessageParser<TResponse> parser,
        Func<Task<TResponse>> write,
        CancellationToken cancellationToken)
        where TResponse : IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                "请提供幂等键（idempotency_key），重复提交时才不会重复登记。 (field: idempotency_key)"));
        }

        if (idempotencyKey.Length > KeyMaxLength || idempotencyKey.Any(c => c is < '!' or > '~'))
        {
            // A key is compared byte for byte: a full-width digit, a space or a control character would
            // make a retry typed elsewhere a different key, and nothing but a machine-made token belongs here.
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"幂等键只能由半角字母、数字和符号组成，不含空格，最多 {KeyMaxLength} 个字符。 (field: idempotency_key)"));
        }

        var answers = db.Set<IdempotencyRecord>();
        var scoped = $"{operation} {Scope(caller)}";
        var hash = Convert.ToHexString(SHA256.HashData(request.ToByteArray()));
        var first = await answers.AsNoTracking().SingleOrDefaultAsync(i => i.Operation == scoped && i.Key == idempotencyKey, cancellationToken);
        if (first is not null)
        {
            return Replay(first, hash, parser);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await write();
            answers.Add(new IdempotencyRecord
            {
                Key = idempotencyKey,
                Operation = scoped,
                RequestHash = hash,
                Response = response.ToByteArray(),
                CreatedAt = Microseconds.Truncate(now),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (Exception ex) when (MayHaveLostARace(ex))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();

            // A concurrent retry with the same key committed first: its answer is the answer.
            var raced = await answers.AsNoTracking().SingleOrDefaultAsync(i => i.Operation == scoped && i.Key == idempotencyKey, CancellationToken.None);
            if (raced is not null)
            {
                return Replay(raced, hash, parser);
            }

            if (ex is DbUpdateConcurrencyException)
            {
                throw new RpcException(new Status(StatusCode.Aborted, "记录已被他人同时修改，请刷新后重新提交。 (Concurrent update: reload and retry.)"));
            }

            throw;
        }
    }

    /// <summary>The caller's identity and binding, as part of the key's scope.</summary>
    private static string Scope(Caller caller) =>
        $"{caller.Role.ToString().ToLowerInvariant()}:{caller.Subject}:{caller.BankCode}:{caller.RegionCode}";

    /// <summary>Failures a concurrent retry of the same write causes: its rows, or the version it changed, came first.</summary>
    private static bool MayHaveLostARace(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException update => UniqueViolation.Is(update),
        RpcException rpc => rpc.StatusCode is StatusCode.AlreadyExists or StatusCode.Aborted,
        // The same two outcomes, as Domain/ code reports them before DomainRuleMapping makes them a status.
        DomainRuleException rule => rule.Kind is DomainRuleKind.AlreadyExists or DomainRuleKind.StaleVersion,
        _ => false,
    };

    private static TResponse Replay<TResponse>(IdempotencyRecord first, string hash, MessageParser<TResponse> parser)
        where TResponse : IMessage<TResponse>
    {
        if (first.RequestHash != hash)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"幂等键 {first.Key} 已用于另一笔不同的请求，请为新请求使用新的幂等键。 (field: idempotency_key)"));
        }

        return parser.ParseFrom(first.Response);
    }
}
